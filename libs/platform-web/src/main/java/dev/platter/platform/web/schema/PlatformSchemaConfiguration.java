package dev.platter.platform.web.schema;

import dev.platter.platform.web.inbox.Inbox;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migrates the service's schema, then the platform's tables (history table {@value #HISTORY_TABLE}), and offers the
 * {@link Inbox} on top of them.
 */
@AutoConfiguration(
        beforeName = "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration")
@ConditionalOnClass(Flyway.class)
public class PlatformSchemaConfiguration {

    static final String HISTORY_TABLE = "platform_schema_history";

    @Bean
    @ConditionalOnMissingBean
    FlywayMigrationStrategy platformFlywayMigrationStrategy() {
        return flyway -> {
            flyway.migrate();
            Flyway.configure(flyway.getConfiguration().getClassLoader())
                    .configuration(flyway.getConfiguration())
                    .table(HISTORY_TABLE)
                    .locations("classpath:db/platform")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        };
    }

    @Bean
    @ConditionalOnBean(JdbcTemplate.class)
    @ConditionalOnMissingBean
    Inbox inbox(JdbcTemplate jdbc, Clock clock, MeterRegistry meters) {
        return new Inbox(jdbc, clock, meters);
    }
}
