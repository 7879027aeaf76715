package dev.platter.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one Dockerfile builds a small, non-root, health-checked, labelled image for any module. */
class DockerfileTest {

    static final String DOCKERFILE = Repository.read("deploy/Dockerfile");

    @Test
    void runsOnAJreAsANonRootUser() {
        var stages = DOCKERFILE.lines().filter(line -> line.startsWith("FROM ")).toList();
        assertThat(stages.get(stages.size() - 1)).contains("-jre");
        var user = DOCKERFILE.lines().filter(line -> line.startsWith("USER ")).toList();
        assertThat(user)
                .singleElement()
                .satisfies(line -> assertThat(line).doesNotContain("root").isNotEqualTo("USER 0"));
        assertThat(DOCKERFILE).contains("useradd --system --uid 10001");
    }

    @Test
    void sizesTheJvmFromTheContainerAndChecksHealth() {
        assertThat(DOCKERFILE).contains("-XX:MaxRAMPercentage=").contains("-XX:+ExitOnOutOfMemoryError");
        assertThat(DOCKERFILE).contains("HEALTHCHECK").contains("/actuator/health/readiness");
        assertThat(Repository.path("deploy/docker/healthcheck.sh"))
                .isRegularFile()
                .isExecutable();
        assertThat(DOCKERFILE).contains("-Djarmode=tools").contains("--layers");
    }

    @Test
    void carriesTheOciLabels() {
        for (var label : List.of("title", "description", "source", "version", "revision", "created", "licenses")) {
            assertThat(DOCKERFILE).contains("org.opencontainers.image." + label + "=");
        }
    }

    @Test
    void theKubernetesUserMatchesTheImageUser() {
        var deployment = Repository.read("deploy/k8s/base/services/order-service/deployment.yaml");
        assertThat(DOCKERFILE).contains("USER 10001:10001");
        assertThat(deployment).contains("runAsUser: 10001");
    }
}
