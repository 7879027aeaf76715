package dev.platter.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Structural checks of the CloudNativePG and ECK resources (their operators publish no Java model we use): the
 * kinds and versions we deploy, and the fields each must have, with nothing outside the fields we rely on at the
 * top of {@code spec}.
 */
final class OperatorResources {

    private record Shape(Set<String> required, Set<String> allowed) {}

    private static final Map<String, Shape> SHAPES = Map.of(
            "postgresql.cnpg.io/v1 Cluster",
            new Shape(
                    Set.of("instances", "imageName", "storage"),
                    Set.of(
                            "instances",
                            "imageName",
                            "primaryUpdateStrategy",
                            "postgresql",
                            "storage",
                            "walStorage",
                            "resources",
                            "affinity",
                            "managed",
                            "backup",
                            "bootstrap",
                            "externalClusters")),
            "postgresql.cnpg.io/v1 Database",
            new Shape(Set.of("cluster", "name", "owner"), Set.of("cluster", "name", "owner", "ensure")),
            "postgresql.cnpg.io/v1 ScheduledBackup",
            new Shape(
                    Set.of("schedule", "cluster"), Set.of("schedule", "cluster", "backupOwnerReference", "immediate")),
            "elasticsearch.k8s.elastic.co/v1 Elasticsearch",
            new Shape(Set.of("version", "nodeSets"), Set.of("version", "nodeSets", "http", "auth")));

    private OperatorResources() {}

    @SuppressWarnings("unchecked")
    static List<String> check(Map<String, Object> document) {
        var problems = new ArrayList<String>();
        var key = document.get("apiVersion") + " " + document.get("kind");
        var shape = SHAPES.get(key);
        if (shape == null) {
            return List.of("not a resource we deploy: " + key);
        }
        var metadata = (Map<String, Object>) document.get("metadata");
        if (metadata == null || metadata.get("name") == null) {
            problems.add("metadata.name missing");
        }
        var spec = (Map<String, Object>) document.get("spec");
        if (spec == null) {
            return List.of("spec missing");
        }
        shape.required().stream()
                .filter(field -> !spec.containsKey(field))
                .forEach(f -> problems.add("spec." + f + " missing"));
        spec.keySet().stream()
                .filter(field -> !shape.allowed().contains(field))
                .forEach(f -> problems.add("spec." + f + " unknown"));
        if (document.get("kind").equals("Elasticsearch")) {
            for (var nodeSet : (List<Map<String, Object>>) spec.get("nodeSets")) {
                if (!(nodeSet.get("name") instanceof String) || !(nodeSet.get("count") instanceof Integer)) {
                    problems.add("every nodeSet needs a name and a count");
                }
            }
        }
        return problems;
    }
}
