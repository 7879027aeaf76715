package dev.platter.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kustomize build} does for the features our manifests use: {@code resources}
 * (files and folders with their own kustomization), {@code patches} (strategic merge, with or without a
 * {@code target} of kind, name and label selector), {@code replicas}, {@code images}, {@code labels} and
 * {@code namespace}. Strategic merge follows Kubernetes' merge keys for the built-in lists we patch (containers by
 * name, env by name, volumes by name, volume mounts by mount path, ports by container port); lists of custom
 * resources, which have no merge keys, are replaced whole, as kustomize does. Anything else in a kustomization
 * is refused, so an overlay never silently means more than this renderer understands.
 */
final class Kustomize {

    private static final Set<String> KNOWN_FIELDS =
            Set.of("apiVersion", "kind", "resources", "patches", "replicas", "images", "labels", "namespace");

    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name",
            "initContainers", "name",
            "env", "name",
            "volumes", "name",
            "volumeMounts", "mountPath",
            "ports", "containerPort");

    private static final Set<String> BUILT_IN_GROUPS =
            Set.of("v1", "apps/v1", "autoscaling/v2", "policy/v1", "networking.k8s.io/v1");

    private Kustomize() {}

    static List<Map<String, Object>> build(String folder) {
        return build(Repository.path(folder));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> build(Path folder) {
        var file = folder.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(Repository.relative(folder) + " has no kustomization.yaml");
        }
        var kustomization = Repository.yamlDocuments(file).get(0);
        for (var field : kustomization.keySet()) {
            if (!KNOWN_FIELDS.contains(field)) {
                throw new IllegalStateException(Repository.relative(file) + ": '" + field + "' is not rendered here");
            }
        }
        var resources = new ArrayList<Map<String, Object>>();
        for (var entry : (List<String>) kustomization.getOrDefault("resources", List.of())) {
            var path = folder.resolve(entry).normalize();
            if (Files.isDirectory(path)) {
                resources.addAll(build(path));
            } else if (Files.isRegularFile(path)) {
                resources.addAll(Repository.yamlDocuments(path));
            } else {
                throw new IllegalStateException(Repository.relative(file) + ": resource " + entry + " does not exist");
            }
        }
        var where = Repository.relative(file);
        for (var patch : (List<Map<String, Object>>) kustomization.getOrDefault("patches", List.of())) {
            applyPatch(where, folder, patch, resources);
        }
        for (var replicas : (List<Map<String, Object>>) kustomization.getOrDefault("replicas", List.of())) {
            var targets = resources.stream()
                    .filter(resource -> Set.of("Deployment", "StatefulSet").contains(resource.get("kind")))
                    .filter(resource -> replicas.get("name").equals(name(resource)))
                    .toList();
            if (targets.isEmpty()) {
                throw new IllegalStateException(where + ": replicas for " + replicas.get("name") + " match nothing");
            }
            targets.forEach(target -> map(target, "spec").put("replicas", replicas.get("count")));
        }
        for (var image : (List<Map<String, Object>>) kustomization.getOrDefault("images", List.of())) {
            if (setImage(resources, image) == 0) {
                throw new IllegalStateException(where + ": image " + image.get("name") + " is used by nothing");
            }
        }
        for (var labels : (List<Map<String, Object>>) kustomization.getOrDefault("labels", List.of())) {
            var pairs = (Map<String, Object>) labels.get("pairs");
            resources.forEach(
                    resource -> map(map(resource, "metadata"), "labels").putAll(pairs));
        }
        var namespace = kustomization.get("namespace");
        if (namespace != null) {
            resources.forEach(resource -> map(resource, "metadata").put("namespace", namespace));
        }
        return resources;
    }

    static String name(Map<String, Object> resource) {
        return String.valueOf(((Map<?, ?>) resource.get("metadata")).get("name"));
    }

    @SuppressWarnings("unchecked")
    private static void applyPatch(
            String where, Path folder, Map<String, Object> patch, List<Map<String, Object>> resources) {
        var target = (Map<String, Object>) patch.get("target");
        for (var document : Repository.yamlDocuments(folder.resolve((String) patch.get("path")))) {
            var matches = resources.stream()
                    .filter(resource -> target == null
                            ? resource.get("kind").equals(document.get("kind"))
                                    && name(resource).equals(name(document))
                            : matches(resource, target))
                    .toList();
            if (matches.isEmpty()) {
                throw new IllegalStateException(where + ": patch " + patch.get("path") + " (" + document.get("kind")
                        + " " + name(document) + ") matches nothing");
            }
            for (var resource : matches) {
                var body = new LinkedHashMap<>(document);
                body.remove("metadata");
                body.remove("apiVersion");
                body.remove("kind");
                merge(resource, body, BUILT_IN_GROUPS.contains(resource.get("apiVersion")));
                var labels = (Map<String, Object>) ((Map<String, Object>) document.get("metadata")).get("labels");
                if (labels != null) {
                    map(map(resource, "metadata"), "labels").putAll(labels);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean matches(Map<String, Object> resource, Map<String, Object> target) {
        if (target.containsKey("kind") && !target.get("kind").equals(resource.get("kind"))) {
            return false;
        }
        if (target.containsKey("name") && !target.get("name").equals(name(resource))) {
            return false;
        }
        var selector = (String) target.get("labelSelector");
        if (selector != null) {
            var labels = (Map<String, Object>) ((Map<String, Object>) resource.get("metadata")).get("labels");
            for (var requirement : selector.split(",")) {
                var pair = requirement.split("=", 2);
                if (labels == null || !pair[1].trim().equals(labels.get(pair[0].trim()))) {
                    return false;
                }
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> target, Map<String, Object> patch, boolean builtIn) {
        for (var entry : patch.entrySet()) {
            var key = entry.getKey();
            var value = entry.getValue();
            var existing = target.get(key);
            if (value == null) {
                target.remove(key);
            } else if (existing instanceof Map && value instanceof Map) {
                merge((Map<String, Object>) existing, (Map<String, Object>) value, builtIn);
            } else if (builtIn && existing instanceof List && value instanceof List && MERGE_KEYS.containsKey(key)) {
                mergeList((List<Object>) existing, (List<Object>) value, MERGE_KEYS.get(key));
            } else {
                target.put(key, copy(value));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void mergeList(List<Object> target, List<Object> patch, String mergeKey) {
        for (var item : patch) {
            var patchItem = (Map<String, Object>) item;
            var existing = target.stream()
                    .map(element -> (Map<String, Object>) element)
                    .filter(element -> Objects.equals(element.get(mergeKey), patchItem.get(mergeKey)))
                    .findFirst();
            if (existing.isPresent()) {
                merge(existing.get(), patchItem, true);
            } else {
                target.add(copy(patchItem));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static int setImage(List<Map<String, Object>> resources, Map<String, Object> image) {
        var changed = 0;
        for (var resource : resources) {
            var spec = (Map<String, Object>) resource.get("spec");
            var template = spec == null ? null : (Map<String, Object>) spec.get("template");
            var podSpec = template == null ? null : (Map<String, Object>) template.get("spec");
            if (podSpec == null) {
                continue;
            }
            for (var list : List.of("containers", "initContainers")) {
                for (var container : (List<Map<String, Object>>) podSpec.getOrDefault(list, List.of())) {
                    var current = (String) container.get("image");
                    if (imageName(current).equals(image.get("name"))) {
                        var name = (String) image.getOrDefault("newName", imageName(current));
                        var tag = image.containsKey("newTag") ? ":" + image.get("newTag") : imageTag(current);
                        container.put("image", name + tag);
                        changed++;
                    }
                }
            }
        }
        return changed;
    }

    /** The image reference without its tag or digest. */
    static String imageName(String image) {
        var at = image.indexOf('@');
        var withoutDigest = at < 0 ? image : image.substring(0, at);
        var colon = withoutDigest.lastIndexOf(':');
        return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(0, colon) : withoutDigest;
    }

    /** The image's {@code :tag} or {@code @digest} part, empty when it has neither. */
    static String imageTag(String image) {
        return image.substring(imageName(image).length());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
    }

    @SuppressWarnings("unchecked")
    private static <T> T copy(T value) {
        if (value instanceof Map<?, ?> map) {
            var copy = new LinkedHashMap<String, Object>();
            map.forEach((k, v) -> copy.put((String) k, copy(v)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            var copy = new ArrayList<Object>();
            list.forEach(v -> copy.add(copy(v)));
            return (T) copy;
        }
        return value;
    }
}
