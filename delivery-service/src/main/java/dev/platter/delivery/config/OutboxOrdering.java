package dev.platter.delivery.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The outbox relays each event on the application's task executor after commit. With several threads, two events of
 * one delivery committed together (DeliveryRequested and DeliveryOffered, OfferExpired and the next DeliveryOffered)
 * could reach Kafka in either order; one relay thread sends them in the order they were committed, and Kafka keeps
 * that order per key. delivery-service runs nothing else on this executor. Replaces Boot's executor, so it holds on
 * JDKs where virtual threads would otherwise be used.
 */
@Configuration(proxyBeanMethods = false)
class OutboxOrdering {

    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    ThreadPoolTaskExecutor applicationTaskExecutor(TaskDecorator contextPropagation) {
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("outbox-relay-");
        executor.setTaskDecorator(contextPropagation);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }
}
