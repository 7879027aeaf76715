package dev.platter.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NetworkPolicies allow exactly the call paths the services' configuration makes (the gateway to every service it
 * routes to; each service to the services whose addresses it is configured with: the internal endpoints of
 * ARCHITECTURE.md §3, and user-service's signing keys for everyone) and nothing else between services; only the
 * gateway is reachable from outside, through the Ingress.
 */
class NetworkPolicyTest {

    static final Manifests BASE = Manifests.render(Manifests.BASE);
    static final String NAME = "app.kubernetes.io/name";

    static Stream<String> services() {
        return Truth.services().stream();
    }

    @Test
    void theConfigurationNamesTheCallPathsThisTestChecks() {
        assertThat(Truth.callees("gateway"))
                .containsExactlyInAnyOrderElementsOf(Truth.services().stream()
                        .filter(s -> !s.equals("gateway"))
                        .toList());
        assertThat(Truth.callees("order")).containsExactlyInAnyOrder("user", "restaurant", "payment");
        assertThat(Truth.callees("search")).contains("user", "restaurant");
        assertThat(Truth.callees("user")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void admitsExactlyTheCallersTheConfigurationNames(String service) {
        var policy = BASE.get(NetworkPolicy.class, Truth.module(service));
        assertThat(policy.getSpec().getPodSelector().getMatchLabels()).containsEntry(NAME, Truth.module(service));
        assertThat(policy.getSpec().getPolicyTypes()).contains("Ingress", "Egress");

        var admitted = new TreeSet<String>();
        var namespaces = new TreeSet<String>();
        int port = Truth.platformPorts().get(service);
        for (var rule : policy.getSpec().getIngress()) {
            assertThat(rule.getPorts())
                    .as("every ingress rule names its port")
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(p.getPort().getIntVal()).isEqualTo(port));
            for (NetworkPolicyPeer peer : rule.getFrom()) {
                assertThat(peer.getIpBlock()).as("no ingress by address").isNull();
                if (peer.getNamespaceSelector() != null) {
                    assertThat(peer.getPodSelector()).isNull();
                    namespaces.add(peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"));
                } else {
                    admitted.add(service(peer));
                }
            }
        }
        assertThat(admitted).as(service + "'s callers").isEqualTo(new TreeSet<>(Truth.callers(service)));
        assertThat(namespaces)
                .as("namespaces reaching " + service)
                .isEqualTo(service.equals("gateway") ? Set.of("ingress-nginx", "monitoring") : Set.of("monitoring"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void reachesExactlyTheServicesItCallsAndTheInfrastructureItUses(String service) {
        var policy = BASE.get(NetworkPolicy.class, Truth.module(service));
        var reached = new TreeSet<String>();
        var infrastructure = new TreeSet<String>();
        for (var rule : policy.getSpec().getEgress()) {
            assertThat(rule.getPorts()).as("every egress rule names its ports").isNotEmpty();
            for (NetworkPolicyPeer peer : rule.getTo()) {
                if (peer.getIpBlock() != null) {
                    assertThat(peer.getIpBlock().getExcept())
                            .as("egress outside the cluster never opens the cluster's private ranges")
                            .contains("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16");
                    continue;
                }
                assertThat(peer.getNamespaceSelector())
                        .as("services and infrastructure share the namespace")
                        .isNull();
                var labels = peer.getPodSelector().getMatchLabels();
                var name = labels.get(NAME);
                if (name != null && name.endsWith("-service")) {
                    reached.add(service(peer));
                    var callee = name.substring(0, name.length() - "-service".length());
                    assertThat(rule.getPorts())
                            .allSatisfy(p -> assertThat(p.getPort().getIntVal())
                                    .isEqualTo(Truth.platformPorts().get(callee)));
                } else {
                    infrastructure.add(labels.toString());
                }
            }
        }
        assertThat(reached).as(service + " calls").isEqualTo(new TreeSet<>(Truth.callees(service)));

        var read = Truth.variablesReadBy(service);
        var expected = new TreeSet<String>();
        if (read.containsKey("DB_URL"))
            expected.add(Map.of("cnpg.io/cluster", "platter-postgres").toString());
        if (read.containsKey("REDIS_HOST"))
            expected.add(Map.of(NAME, "platter-redis").toString());
        if (Truth.usesServiceStarter(service))
            expected.add(Map.of("strimzi.io/cluster", "platter-kafka").toString());
        if (Truth.usesElasticsearch(service)) {
            expected.add(Map.of("elasticsearch.k8s.elastic.co/cluster-name", "platter-search")
                    .toString());
        }
        assertThat(infrastructure).as(service + " reaches infrastructure").isEqualTo(expected);
    }

    @Test
    void postgresAndElasticsearchAdmitExactlyTheServicesThatUseThem() {
        var infra = Manifests.render(Manifests.INFRA);
        var postgres = admittedServices(infra.get(NetworkPolicy.class, "platter-postgres"));
        assertThat(postgres).isEqualTo(new TreeSet<>(Truth.databases()));

        var search = new TreeSet<String>();
        Truth.services().stream().filter(Truth::usesElasticsearch).forEach(search::add);
        assertThat(admittedServices(infra.get(NetworkPolicy.class, "platter-search")))
                .isEqualTo(search);
    }

    private static TreeSet<String> admittedServices(NetworkPolicy policy) {
        var admitted = new TreeSet<String>();
        for (var rule : policy.getSpec().getIngress()) {
            for (var peer : rule.getFrom()) {
                var labels = peer.getPodSelector() == null
                        ? null
                        : peer.getPodSelector().getMatchLabels();
                if (labels != null && labels.getOrDefault(NAME, "").endsWith("-service")) {
                    admitted.add(service(peer));
                }
            }
        }
        return admitted;
    }

    @Test
    void everyAppPodStartsFromDenyAllAndMayResolveNames() {
        var deny = BASE.get(NetworkPolicy.class, "platter-apps-default-deny");
        assertThat(deny.getSpec().getIngress()).isEmpty();
        assertThat(deny.getSpec().getEgress()).isEmpty();
        assertThat(deny.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        var tier = deny.getSpec().getPodSelector().getMatchLabels();
        for (var deployment : BASE.all(Deployment.class)) {
            assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                    .as(deployment.getMetadata().getName())
                    .containsAllEntriesOf(tier);
        }
        var dns = BASE.get(NetworkPolicy.class, "platter-apps-dns");
        assertThat(dns.getSpec().getEgress()).singleElement().satisfies(rule -> assertThat(rule.getPorts())
                .allSatisfy(p -> assertThat(p.getPort().getIntVal()).isEqualTo(53)));
    }

    @Test
    void onlyTheGatewayIsExposedAndOnlyOverTls() {
        var ingresses = BASE.all(Ingress.class);
        assertThat(ingresses).isNotEmpty();
        var backends = new ArrayList<String>();
        for (var ingress : ingresses) {
            assertThat(ingress.getSpec().getTls()).isNotEmpty();
            var tlsHosts = ingress.getSpec().getTls().stream()
                    .flatMap(tls -> tls.getHosts().stream())
                    .toList();
            for (var rule : ingress.getSpec().getRules()) {
                assertThat(tlsHosts).contains(rule.getHost());
                rule.getHttp()
                        .getPaths()
                        .forEach(path ->
                                backends.add(path.getBackend().getService().getName()));
            }
        }
        assertThat(backends).containsOnly("gateway-service");
        for (var service : BASE.all(io.fabric8.kubernetes.api.model.Service.class)) {
            assertThat(Objects.requireNonNullElse(service.getSpec().getType(), "ClusterIP"))
                    .as(service.getMetadata().getName())
                    .isEqualTo("ClusterIP");
        }
    }

    private static String service(NetworkPolicyPeer peer) {
        var name = peer.getPodSelector().getMatchLabels().get(NAME);
        assertThat(name).as("peer " + peer.getPodSelector().getMatchLabels()).endsWith("-service");
        return name.substring(0, name.length() - "-service".length());
    }
}
