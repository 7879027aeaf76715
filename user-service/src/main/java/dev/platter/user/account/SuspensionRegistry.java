package dev.platter.user.account;

import dev.platter.platform.events.user.UserSuspended;
import dev.platter.platform.web.security.SuspendedUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the Redis set of suspended users ({@link SuspendedUsers#key()}) that every service's token check reads. The
 * database is the source of truth: the set is written after the suspension commits, through the event publication
 * registry (so a Redis outage is retried until it heals), and refilled from the database at start-up.
 */
@Component
class SuspensionRegistry implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SuspensionRegistry.class);

    private final StringRedisTemplate redis;
    private final SuspendedUsers suspendedUsers;
    private final UserRepository users;

    SuspensionRegistry(StringRedisTemplate redis, SuspendedUsers suspendedUsers, UserRepository users) {
        this.redis = redis;
        this.suspendedUsers = suspendedUsers;
        this.users = users;
    }

    @TransactionalEventListener
    void on(UserSuspended suspended) {
        redis.opsForSet().add(suspendedUsers.key(), suspended.userId().toString());
    }

    @Override
    public void run(ApplicationArguments args) {
        var ids = users.findSuspendedIds().stream().map(Object::toString).toArray(String[]::new);
        if (ids.length == 0) {
            return;
        }
        try {
            redis.opsForSet().add(suspendedUsers.key(), ids);
        } catch (DataAccessException e) {
            log.warn("Could not refill the suspended users in Redis: {}", e.toString());
        }
    }
}
