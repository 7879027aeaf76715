package dev.platter.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dev and prod overlays render, and each changes what it says it changes. */
class OverlaysTest {

    static final Manifests DEV = Manifests.render(Manifests.DEV);
    static final Manifests PROD = Manifests.render(Manifests.PROD);

    @Test
    void devRunsOneOfEverythingWithSmallResources() {
        for (var service : Truth.services()) {
            var module = Truth.module(service);
            var deployment = DEV.get(Deployment.class, module);
            assertThat(deployment.getSpec().getReplicas()).as(module).isEqualTo(1);
            assertThat(DEV.get(HorizontalPodAutoscaler.class, module).getSpec().getMinReplicas())
                    .isEqualTo(1);
            var memory = Manifests.app(deployment).getResources().getLimits().get("memory");
            assertThat(Quantity.getAmountInBytes(memory))
                    .isLessThan(Quantity.getAmountInBytes(Manifests.app(PROD.get(Deployment.class, module))
                            .getResources()
                            .getLimits()
                            .get("memory")));
            assertThat(Manifests.app(deployment).getImage()).endsWith(":0.1.0-dev");
            assertThat(deployment.getMetadata().getNamespace()).isEqualTo("platter-dev");
        }
        assertThat(DEV.all(KafkaNodePool.class).stream()
                        .mapToInt(pool -> pool.getSpec().getReplicas())
                        .sum())
                .isEqualTo(1);
        assertThat(DEV.all(KafkaTopic.class)).allSatisfy(topic -> {
            assertThat(topic.getSpec().getReplicas()).isEqualTo(1);
            assertThat(topic.getSpec().getConfig())
                    .containsEntry("min.insync.replicas", 1)
                    .containsKey("retention.ms");
        });
        assertThat(DEV.get(ConfigMap.class, "platter-shared").getData()).containsEntry("KAFKA_REPLICAS", "1");
        assertThat(devCustom("Cluster").get("instances")).isEqualTo(1);
        assertThat(devCustom("Elasticsearch").get("nodeSets"))
                .asList()
                .singleElement()
                .satisfies(nodeSet ->
                        assertThat(((Map<?, ?>) nodeSet).get("count")).isEqualTo(1));
    }

    @Test
    void prodKeepsTheBaseRedundancyAndPinsReleasedImages() {
        for (var service : Truth.services()) {
            var module = Truth.module(service);
            var deployment = PROD.get(Deployment.class, module);
            assertThat(deployment.getSpec().getReplicas()).as(module).isGreaterThanOrEqualTo(2);
            assertThat(PROD.get(HorizontalPodAutoscaler.class, module).getSpec().getMinReplicas())
                    .isGreaterThanOrEqualTo(deployment.getSpec().getReplicas() > 2 ? 3 : 2);
            assertThat(Manifests.app(deployment).getImage()).isEqualTo("ghcr.io/platter-dev/" + module + ":0.1.0");
            assertThat(deployment.getMetadata().getNamespace()).isEqualTo("platter");
        }
        assertThat(PROD.get(Deployment.class, "gateway-service").getSpec().getReplicas())
                .isEqualTo(3);
        assertThat(PROD.all(KafkaNodePool.class).stream()
                        .mapToInt(pool -> pool.getSpec().getReplicas())
                        .sum())
                .isEqualTo(3);
        assertThat(PROD.all(KafkaTopic.class))
                .allSatisfy(topic -> assertThat(topic.getSpec().getReplicas()).isEqualTo(3));
        assertThat(PROD.get(ConfigMap.class, "platter-shared").getData()).containsEntry("KAFKA_REPLICAS", "3");
    }

    @Test
    void noImageAnywhereUsesLatestOrGoesUntagged() {
        var problems = new ArrayList<String>();
        for (var manifests : List.of(Manifests.render(Manifests.BASE), Manifests.render(Manifests.INFRA), DEV, PROD)) {
            for (var document : manifests.documents) {
                collectImages(
                        document,
                        manifests.folder + " " + document.get("kind") + " " + Kustomize.name(document),
                        problems);
            }
        }
        for (var entry : Compose.services().entrySet()) {
            collectImages(entry.getValue(), "docker-compose.yml " + entry.getKey(), problems);
        }
        for (var line : Repository.read("deploy/Dockerfile")
                .lines()
                .filter(l -> l.startsWith("FROM "))
                .toList()) {
            var image = line.split("\\s+")[1];
            if (image.endsWith(":latest") || !image.contains(":")) {
                problems.add("deploy/Dockerfile " + line);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aPatchThatMatchesNothingFailsTheRendering(@TempDir java.nio.file.Path folder) throws Exception {
        var base = Repository.relative(Repository.path(Manifests.BASE));
        Files.writeString(
                folder.resolve("kustomization.yaml"),
                """
                resources:
                  - %s
                patches:
                  - path: patch.yaml
                """
                        .formatted(Repository.path(base)));
        Files.writeString(
                folder.resolve("patch.yaml"),
                """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: pizza-oven-service
                spec:
                  replicas: 4
                """);

        assertThatThrownBy(() -> Kustomize.build(folder))
                .hasMessageContaining("patch.yaml")
                .hasMessageContaining("matches nothing");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> devCustom(String kind) {
        return (Map<String, Object>) DEV.custom(kind).get(0).get("spec");
    }

    @SuppressWarnings("unchecked")
    private static void collectImages(Object node, String where, List<String> problems) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ((key.equals("image") || key.equals("imageName")) && value instanceof String image) {
                    var tag = Kustomize.imageTag(image.replaceAll("\\$\\{[^}]*:-([^}]*)}", "$1"));
                    if (tag.isEmpty() || tag.equals(":latest")) {
                        problems.add(where + ": " + image);
                    }
                } else if (key.equals("version") && where.contains("Elasticsearch") && "latest".equals(value)) {
                    problems.add(where + ": version latest");
                } else {
                    collectImages(value, where, problems);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(element -> collectImages(element, where, problems));
        }
    }
}
