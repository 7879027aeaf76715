package dev.platter.gateway.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** One stub per downstream service, started once per test JVM; the gateway under test routes to them. */
public final class StubDownstreams {

    public static final List<String> SERVICES =
            List.of("user", "restaurant", "order", "payment", "delivery", "notification", "search", "analytics");

    private static final Map<String, StubDownstream> STUBS = start();

    private StubDownstreams() {}

    public static StubDownstream of(String service) {
        var stub = STUBS.get(service);
        if (stub == null) {
            throw new IllegalArgumentException("No stub for " + service);
        }
        return stub;
    }

    private static Map<String, StubDownstream> start() {
        var stubs = new LinkedHashMap<String, StubDownstream>();
        SERVICES.forEach(service -> stubs.put(service, new StubDownstream(service).start()));
        return stubs;
    }

    /** Points {@code platter.gateway.services.<name>.uri} at the stubs. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            var properties = new LinkedHashMap<String, Object>();
            STUBS.forEach((name, stub) -> properties.put("platter.gateway.services." + name + ".uri", stub.uri()));
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("stubDownstreams", properties));
        }
    }
}
