package dev.platter.platform.web.deadline;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Durable deadlines for every service with a database: {@link Deadlines} to set them, a poller to fire them. */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
            "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration"
        })
@ConditionalOnClass(JdbcTemplate.class)
@EnableConfigurationProperties(DeadlineProperties.class)
@EnableScheduling
public class DeadlineConfiguration {

    @Bean
    @ConditionalOnBean({JdbcTemplate.class, PlatformTransactionManager.class})
    Deadlines deadlines(JdbcTemplate jdbc, Clock clock) {
        return new Deadlines(jdbc, clock);
    }

    @Bean
    @ConditionalOnBean({JdbcTemplate.class, PlatformTransactionManager.class})
    DeadlinePoller deadlinePoller(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            Clock clock,
            List<DeadlineHandler> handlers,
            DeadlineProperties properties,
            MeterRegistry meters) {
        return new DeadlinePoller(
                jdbc, new TransactionTemplate(transactionManager), clock, handlers, properties, meters);
    }
}
