package dev.platter.platform.web.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code platter-defaults.yml} as the property source of lowest precedence, so every service starts from the
 * same conventions (structured logs, actuator probes, Kafka producer safety, topic names) and overrides only what
 * differs.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "platterDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        try {
            var sources = new YamlPropertySourceLoader()
                    .load(
                            SOURCE_NAME,
                            new ClassPathResource("platter-defaults.yml", PlatformDefaults.class.getClassLoader()));
            sources.forEach(source -> environment.getPropertySources().addLast(source));
        } catch (IOException e) {
            throw new UncheckedIOException("platter-defaults.yml could not be read", e);
        }
    }
}
