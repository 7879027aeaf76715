package dev.platter.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every manifest under deploy/k8s is a resource its model knows, without fields the model does not know. */
class ManifestModelTest {

    static Stream<Path> manifestFiles() {
        return Repository.yamlFiles("deploy/k8s").stream()
                .filter(file -> !file.getFileName().toString().equals("kustomization.yaml"))
                .filter(file -> !file.getParent().getFileName().toString().equals("patches"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifestFiles")
    void everyDocumentParsesIntoItsModelWithoutUnknownFields(Path file) {
        var documents = Repository.yamlDocuments(file);
        assertThat(documents)
                .as(Repository.relative(file) + " holds no document")
                .isNotEmpty();
        var problems = new ArrayList<String>();
        for (var document : documents) {
            var where = Repository.relative(file) + ": " + document.get("kind") + " " + Kustomize.name(document);
            if (Models.structural(document)) {
                problems.addAll(OperatorResources.check(document).stream()
                        .map(p -> where + ": " + p)
                        .toList());
                continue;
            }
            try {
                var model = Models.parse(document);
                Models.unknownFields(model).forEach(field -> problems.add(where + ": unknown field " + field));
            } catch (RuntimeException e) {
                problems.add(where + ": " + e.getMessage());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void renderedOverlaysParseIntoTheModelsToo() {
        var problems = new ArrayList<String>();
        for (var overlay : List.of(Manifests.DEV, Manifests.PROD)) {
            for (Map<String, Object> document : Kustomize.build(overlay)) {
                var where = overlay + ": " + document.get("kind") + " " + Kustomize.name(document);
                if (Models.structural(document)) {
                    OperatorResources.check(document).forEach(p -> problems.add(where + ": " + p));
                } else {
                    Models.unknownFields(Models.parse(document))
                            .forEach(f -> problems.add(where + ": unknown field " + f));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theModelCheckNoticesAMisspeltField() {
        var deployment = Repository.yamlDocuments(
                        Repository.path("deploy/k8s/base/services/order-service/deployment.yaml"))
                .get(0);
        @SuppressWarnings("unchecked")
        var spec = (Map<String, Object>) deployment.get("spec");
        spec.put("replicaz", 2);

        assertThat(Models.unknownFields(Models.parse(deployment))).containsExactly("spec.replicaz");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theStrimziModelCheckNoticesAMisplacedField() {
        var topic = Repository.yamlDocuments(Repository.path("deploy/k8s/infra/kafka/topics.yaml"))
                .get(0);
        ((Map<String, Object>) topic.get("spec")).put("retention.ms", -1);

        assertThat(Models.unknownFields(Models.parse(topic))).containsExactly("spec.retention.ms");
    }
}
