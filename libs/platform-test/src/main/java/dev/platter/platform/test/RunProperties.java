package dev.platter.platform.test;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The settings that point a service at this run's slice of the infrastructure. The same map configures a service
 * booted inside a test and one started from its jar, so both see the same topics, keys and keys of trust.
 */
public final class RunProperties {

    private RunProperties() {}

    /**
     * @param database the service's production database name (e.g. {@code platter_order}), or null for a service
     *     without one
     * @param role the service's database role
     * @param password the role's password
     */
    public static Map<String, String> forService(@Nullable String database, String role, String password) {
        var properties = new LinkedHashMap<String, String>();
        if (database != null) {
            var runDatabase = TestDatabases.ensure(database, role, password);
            properties.put("spring.datasource.url", Infrastructure.jdbcUrl(runDatabase));
            properties.put("spring.datasource.username", role);
            properties.put("spring.datasource.password", password);
            properties.put("spring.datasource.hikari.maximum-pool-size", "5");
        } else {
            Leftovers.removeOnce();
        }
        properties.put("spring.kafka.bootstrap-servers", Infrastructure.kafkaBootstrapServers());
        properties.put("spring.data.redis.host", Infrastructure.redisHost());
        properties.put("spring.data.redis.port", Integer.toString(Infrastructure.redisPort()));
        properties.put("platter.kafka.topic-prefix", TestRun.topicPrefix());
        properties.put("platter.redis.key-prefix", TestRun.redisKeyPrefix());
        properties.put("platter.elasticsearch.index-prefix", TestRun.indexPrefix());
        properties.put("platter.security.jwks-uri", TestTokens.jwksUri());
        properties.put("platter.security.suspension-cache-ttl", "1s");
        properties.put("platter.outbox.resubmit-interval", "2s");
        properties.put("platter.outbox.resubmit-older-than", "2s");
        properties.put("spring.kafka.consumer.properties.metadata.max.age.ms", "2000");
        properties.put("spring.kafka.admin.properties.metadata.max.age.ms", "2000");
        return properties;
    }
}
