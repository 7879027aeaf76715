package dev.platter.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads manifests into the real model types: fabric8's Kubernetes model for built-in kinds, Strimzi's own
 * {@code io.strimzi:api} for Kafka, KafkaNodePool and KafkaTopic. Both models keep fields they do not know in
 * "additional properties" rather than failing, so {@link #unknownFields} walks the parsed object for them: a
 * misspelt or misplaced field is reported with its path.
 */
final class Models {

    static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    /** Custom resources of operators whose Java model we do not use; checked structurally instead. */
    static final Set<String> STRUCTURAL_GROUPS = Set.of("postgresql.cnpg.io", "elasticsearch.k8s.elastic.co");

    private static final Map<String, Class<? extends HasMetadata>> STRIMZI =
            Map.of("Kafka", Kafka.class, "KafkaNodePool", KafkaNodePool.class, "KafkaTopic", KafkaTopic.class);

    private Models() {}

    static boolean structural(Map<String, Object> document) {
        var apiVersion = String.valueOf(document.get("apiVersion"));
        return STRUCTURAL_GROUPS.contains(
                apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "");
    }

    /** The document as its model type; fails for a kind neither model knows. */
    static HasMetadata parse(Map<String, Object> document) {
        var kind = String.valueOf(document.get("kind"));
        var apiVersion = String.valueOf(document.get("apiVersion"));
        if (apiVersion.startsWith("kafka.strimzi.io/")) {
            var type = STRIMZI.get(kind);
            if (type == null) {
                throw new IllegalArgumentException("Strimzi kind " + kind + " is not read here");
            }
            return SERIALIZATION.convertValue(document, type);
        }
        Object parsed = SERIALIZATION.unmarshal(SERIALIZATION.asJson(document));
        if (!(parsed instanceof HasMetadata resource) || parsed instanceof GenericKubernetesResource) {
            throw new IllegalArgumentException(apiVersion + " " + kind + " is not a kind of the Kubernetes model");
        }
        return resource;
    }

    @SuppressWarnings("unchecked")
    static <T extends HasMetadata> T as(Map<String, Object> document, Class<T> type) {
        return (T) parse(document);
    }

    /** Paths of fields the model did not recognise, e.g. {@code spec.template.spec.containers[0].readinesProbe}. */
    static List<String> unknownFields(Object model) {
        var found = new ArrayList<String>();
        walk(model, "", found, new IdentityHashMap<>());
        return found;
    }

    private static void walk(Object value, String path, List<String> found, IdentityHashMap<Object, Boolean> seen) {
        if (value == null || seen.put(value, true) != null) {
            return;
        }
        if (value instanceof Collection<?> collection) {
            var i = 0;
            for (var element : collection) {
                walk(element, path + "[" + i++ + "]", found, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> walk(element, path + "." + key, found, seen));
            return;
        }
        var type = value.getClass();
        var packageName = type.getPackageName();
        if (!packageName.startsWith("io.fabric8.kubernetes.api.model") && !packageName.startsWith("io.strimzi.api")) {
            return;
        }
        for (Method getter : type.getMethods()) {
            if (getter.getParameterCount() != 0
                    || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get")
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            var field = decapitalise(getter.getName().substring(3));
            if (field.equals("additionalProperties") && child instanceof Map<?, ?> extra) {
                extra.keySet()
                        .forEach(
                                key -> found.add(path.isEmpty() ? String.valueOf(key) : path.substring(1) + "." + key));
            } else {
                walk(child, path + "." + field, found, seen);
            }
        }
    }

    private static String decapitalise(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
