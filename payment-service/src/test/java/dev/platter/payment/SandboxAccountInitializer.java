package dev.platter.payment;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the service under test at the sandbox and at this run's own account in it. */
public class SandboxAccountInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "sandboxAccount",
                        Map.of(
                                "platter.payment.stripe.api-base", Sandbox.API_BASE,
                                "platter.payment.stripe.secret-key", Sandbox.SECRET_KEY)));
    }
}
