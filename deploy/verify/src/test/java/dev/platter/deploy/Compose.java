package dev.platter.deploy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** docker-compose.yml at the repository root, anchors and merge keys resolved. */
final class Compose {

    static final String FILE = "docker-compose.yml";

    private Compose() {}

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> services() {
        return (Map<String, Map<String, Object>>) Repository.yaml(FILE).get("services");
    }

    static Map<String, Object> service(String name) {
        var service = services().get(name);
        if (service == null) {
            throw new AssertionError(FILE + " has no service " + name);
        }
        return service;
    }

    /** The service's environment as name → value (compose accepts a map or a list of NAME=value). */
    @SuppressWarnings("unchecked")
    static Map<String, String> environment(String name) {
        var environment = new LinkedHashMap<String, String>();
        var declared = service(name).get("environment");
        if (declared instanceof Map<?, ?> map) {
            map.forEach((key, value) -> environment.put((String) key, value == null ? null : String.valueOf(value)));
        } else if (declared instanceof List<?> list) {
            for (var entry : (List<String>) list) {
                var pair = entry.split("=", 2);
                environment.put(pair[0], pair.length > 1 ? pair[1] : null);
            }
        }
        return environment;
    }
}
