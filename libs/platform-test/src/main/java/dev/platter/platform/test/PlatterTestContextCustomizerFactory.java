package dev.platter.platform.test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at this run's slice of the real infrastructure: its own database (created on
 * demand, named after the service's configured one), topic prefix, Redis key prefix, index prefix, and the test
 * token key. Registered through {@code META-INF/spring.factories}, so a service's tests need no set-up of their own.
 */
public class PlatterTestContextCustomizerFactory implements ContextCustomizerFactory {

    static {
        Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
        Awaitility.setDefaultPollInterval(Duration.ofMillis(100));
        Awaitility.setDefaultPollDelay(Duration.ZERO);
    }

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new RunCustomizer();
    }

    static final class RunCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            var environment = context.getEnvironment();
            var url = environment.getProperty("spring.datasource.url");
            String database =
                    url == null ? null : url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
            Map<String, Object> properties = Map.copyOf(RunProperties.forService(
                    database,
                    environment.getProperty("spring.datasource.username", "postgres"),
                    environment.getProperty("spring.datasource.password", "postgres")));
            var source = new MapPropertySource("platterTestRun", properties);
            var sources = environment.getPropertySources();
            if (sources.contains("Inlined Test Properties")) {
                sources.addAfter("Inlined Test Properties", source);
            } else {
                sources.addFirst(source);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RunCustomizer;
        }

        @Override
        public int hashCode() {
            return RunCustomizer.class.hashCode();
        }
    }
}
