package dev.platter.platform.web.idempotency;

import dev.platter.platform.web.config.PlatterProperties;
import dev.platter.platform.web.problem.ProblemWriter;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import tools.jackson.databind.json.JsonMapper;

/** Turns idempotency on for a servlet service that declares {@link IdempotentEndpoints}. */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean({IdempotentEndpoints.class, JdbcTemplate.class})
@EnableScheduling
public class IdempotencyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyConfiguration.class);

    /** After Spring Security's filter chain (order -100): keys are scoped to the authenticated caller. */
    static final int FILTER_ORDER = 0;

    @Bean
    IdempotencyStore idempotencyStore(JdbcTemplate jdbc, Clock clock, JsonMapper json) {
        return new IdempotencyStore(jdbc, clock, json);
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
            IdempotentEndpoints endpoints,
            IdempotencyStore store,
            PlatterProperties properties,
            ProblemWriter problems) {
        var registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(endpoints, store, properties.idempotency(), problems));
        registration.setOrder(FILTER_ORDER);
        return registration;
    }

    @Bean
    IdempotencyPurge idempotencyPurge(IdempotencyStore store, PlatterProperties properties) {
        return new IdempotencyPurge(store, properties);
    }

    /** Forgets keys older than the retention (at least 24 hours by contract). */
    static class IdempotencyPurge {

        private final IdempotencyStore store;
        private final PlatterProperties properties;

        IdempotencyPurge(IdempotencyStore store, PlatterProperties properties) {
            this.store = store;
            this.properties = properties;
        }

        @Scheduled(fixedDelay = 1, timeUnit = java.util.concurrent.TimeUnit.HOURS, initialDelay = 1)
        void purge() {
            int purged = store.purgeOlderThan(properties.idempotency().retention());
            if (purged > 0) {
                log.info("Purged {} idempotency records", purged);
            }
        }
    }
}
