package dev.platter.platform.web.config;

import dev.platter.platform.web.problem.ProblemAdvice;
import dev.platter.platform.web.problem.ProblemErrorController;
import dev.platter.platform.web.problem.ProblemWriter;
import dev.platter.platform.web.request.RequestIdFilter;
import dev.platter.platform.web.request.RequestIdWebFilter;
import dev.platter.platform.web.request.RequestSizeFilter;
import dev.platter.platform.web.security.SuspendedUsers;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;
import tools.jackson.databind.json.JsonMapper;

/** The shared beans every service gets: properties, the clock, suspension checks, problems and request ids. */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration"
        })
@EnableConfigurationProperties(PlatterProperties.class)
public class PlatformWebAutoConfiguration {

    /** Time comes from here, so tests can move it. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Work handed to the application's task executor (the outbox relay, {@code @Async} listeners) keeps the trace
     * and the MDC of the thread that handed it over, so a request's trace follows its events onto Kafka.
     */
    @Bean
    @ConditionalOnMissingBean(TaskDecorator.class)
    TaskDecorator contextPropagatingTaskDecorator() {
        return new ContextPropagatingTaskDecorator();
    }

    @Bean
    @ConditionalOnMissingBean
    SuspendedUsers suspendedUsers(PlatterProperties properties) {
        return new SuspendedUsers(properties);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @Import({ProblemAdvice.class, ProblemErrorController.class})
    static class Servlet {

        @Bean
        @ConditionalOnMissingBean
        ProblemWriter problemWriter(JsonMapper json) {
            return new ProblemWriter(json);
        }

        @Bean
        FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
            var registration = new FilterRegistrationBean<>(new RequestIdFilter());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }

        @Bean
        FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(
                PlatterProperties properties, ProblemWriter problems) {
            var registration = new FilterRegistrationBean<>(
                    new RequestSizeFilter(properties.web().maxRequestBytes(), problems));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
            return registration;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    static class Reactive {

        @Bean
        RequestIdWebFilter requestIdWebFilter() {
            return new RequestIdWebFilter();
        }
    }
}
