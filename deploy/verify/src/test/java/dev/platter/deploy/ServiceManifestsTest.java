package dev.platter.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each service of ./platform is deployed completely and on the port, probes and settings its code uses. */
class ServiceManifestsTest {

    static final Manifests BASE = Manifests.render(Manifests.BASE);

    static Stream<String> services() {
        return Truth.services().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void hasDeploymentServiceConfigMapAutoscalerAndDisruptionBudget(String service) {
        var module = Truth.module(service);
        var deployment = BASE.get(Deployment.class, module);
        BASE.get(Service.class, module);
        BASE.get(ConfigMap.class, module + "-config");

        var autoscaler = BASE.get(HorizontalPodAutoscaler.class, module);
        assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(module);
        assertThat(autoscaler.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(autoscaler.getSpec().getMaxReplicas())
                .isGreaterThan(autoscaler.getSpec().getMinReplicas());

        var budget = BASE.get(PodDisruptionBudget.class, module);
        assertThat(budget.getSpec().getSelector().getMatchLabels())
                .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
        assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
        assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void listensWhereThePlatformScriptTheGatewaysRoutesAndItsConfigurationSay(String service) {
        var module = Truth.module(service);
        int port = Truth.platformPorts().get(service);
        if (!service.equals("gateway")) {
            assertThat(Truth.gatewayRoutes()).as("the gateway's route defaults").containsEntry(service, port);
        }
        assertThat(Truth.placeholders(Truth.applicationYml(service)))
                .as(Truth.applicationYml(service))
                .containsEntry("SERVER_PORT", Integer.toString(port));

        var deployment = BASE.get(Deployment.class, module);
        var container = Manifests.app(deployment);
        assertThat(container.getPorts()).singleElement().satisfies(p -> {
            assertThat(p.getName()).isEqualTo("http");
            assertThat(p.getContainerPort()).isEqualTo(port);
        });
        assertThat(BASE.configValue(deployment, "SERVER_PORT")).contains(Integer.toString(port));

        var servicePorts = BASE.get(Service.class, module).getSpec().getPorts();
        assertThat(servicePorts).singleElement().satisfies(p -> {
            assertThat(p.getPort()).isEqualTo(port);
            assertThat(p.getTargetPort().getStrVal()).isEqualTo("http");
        });
        assertThat(BASE.get(Service.class, module).getSpec().getSelector())
                .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void probesTheActuatorHealthGroupsTheServiceExposes(String service) {
        var defaults = Repository.yaml(Truth.SHARED_DEFAULTS);
        var own = Repository.yaml(Truth.applicationYml(service));
        assertThat(setting(own, defaults, "management.endpoint.health.probes.enabled"))
                .isEqualTo(true);
        assertThat(String.valueOf(setting(own, defaults, "management.endpoints.web.exposure.include")))
                .contains("health")
                .contains("prometheus");
        assertThat(setting(own, defaults, "management.server.port"))
                .as("a separate management port would need its own container port")
                .isNull();
        var base = setting(own, defaults, "management.endpoints.web.base-path");
        var actuator = base == null ? "/actuator" : base.toString();

        var deployment = BASE.get(Deployment.class, Truth.module(service));
        var container = Manifests.app(deployment);
        assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo(actuator + "/health/liveness");
        assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo(actuator + "/health/readiness");
        assertThat(container.getStartupProbe().getHttpGet().getPath()).isEqualTo(actuator + "/health/liveness");
        for (var probe : new io.fabric8.kubernetes.api.model.Probe[] {
            container.getLivenessProbe(), container.getReadinessProbe(), container.getStartupProbe()
        }) {
            assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
        }
        var annotations = deployment.getSpec().getTemplate().getMetadata().getAnnotations();
        assertThat(annotations)
                .containsEntry("prometheus.io/scrape", "true")
                .containsEntry("prometheus.io/path", actuator + "/prometheus")
                .containsEntry(
                        "prometheus.io/port",
                        container.getPorts().get(0).getContainerPort().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void runsHardenedAndShutsDownGracefully(String service) {
        var deployment = BASE.get(Deployment.class, Truth.module(service));
        var pod = deployment.getSpec().getTemplate().getSpec();
        var container = Manifests.app(deployment);

        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
        assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getCapabilities().getDrop()).contains("ALL");
        assertThat(container.getVolumeMounts())
                .as("a read-only root needs a writable /tmp")
                .anySatisfy(mount -> assertThat(mount.getMountPath()).isEqualTo("/tmp"));
        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(container.getResources().getLimits()).containsKey("memory");
        assertThat(pod.getAffinity().getPodAntiAffinity().getPreferredDuringSchedulingIgnoredDuringExecution())
                .anySatisfy(term -> assertThat(
                                term.getPodAffinityTerm().getLabelSelector().getMatchLabels())
                        .isEqualTo(deployment.getSpec().getSelector().getMatchLabels()));

        var defaults = Repository.yaml(Truth.SHARED_DEFAULTS);
        assertThat(setting(Repository.yaml(Truth.applicationYml(service)), defaults, "server.shutdown"))
                .isEqualTo("graceful");
        // Spring's graceful shutdown waits up to 30 s, after the preStop pause.
        assertThat(container.getLifecycle().getPreStop()).isNotNull();
        assertThat(pod.getTerminationGracePeriodSeconds()).isGreaterThan(30L);
        assertThat(deployment
                        .getSpec()
                        .getStrategy()
                        .getRollingUpdate()
                        .getMaxUnavailable()
                        .getIntVal())
                .isZero();
    }

    /** A dotted setting from the service's application.yml, else from the shared defaults. */
    static Object setting(Map<String, Object> own, Map<String, Object> defaults, String path) {
        var value = lookup(own, path);
        return value != null ? value : lookup(defaults, path);
    }

    @SuppressWarnings("unchecked")
    private static Object lookup(Map<String, Object> yaml, String path) {
        Object current = yaml;
        for (var key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = ((Map<String, Object>) map).get(key);
        }
        return current;
    }
}
