package dev.platter.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml runs what ./platform runs: the same parts (the Stripe sandbox and SMTP sink only under the dev
 * profile), the same ports and databases, each application with a health check and started after what it needs;
 * only the gateway is published.
 */
class ComposeTest {

    @Test
    void runsEveryPartOfThePlatformScript() {
        var services = Compose.services().keySet();
        for (var service : Truth.services()) {
            assertThat(services).contains(Truth.module(service));
        }
        assertThat(services).contains("postgres", "redis", "kafka", "elasticsearch", "stripe-sandbox", "mail");
        var expected =
                new TreeSet<String>(List.of("postgres", "redis", "kafka", "elasticsearch", "stripe-sandbox", "mail"));
        Truth.services().forEach(service -> expected.add(Truth.module(service)));
        assertThat(new TreeSet<>(services))
                .as("nothing ./platform does not run")
                .isEqualTo(expected);
    }

    @Test
    void theSandboxAndTheMailSinkRunOnlyUnderTheDevProfile() {
        for (var name : Compose.services().keySet()) {
            var profiles = Compose.service(name).get("profiles");
            if (name.equals("stripe-sandbox") || name.equals("mail")) {
                assertThat(profiles).as(name).isEqualTo(List.of("dev"));
            } else {
                assertThat(profiles).as(name).isNull();
            }
        }
        assertThat(Compose.environment("stripe-sandbox"))
                .containsEntry(
                        "STRIPE_SANDBOX_PORT",
                        Truth.platformPorts().get("stripe-sandbox").toString());
        assertThat(Repository.read(Compose.FILE))
                .contains("greenmail.smtp.port=" + Truth.platformPorts().get("mail"));
    }

    @Test
    void everyPartHasAHealthCheckAndStartsAfterWhatItNeeds() {
        var problems = new ArrayList<String>();
        Compose.services().forEach((name, service) -> {
            var check = (Map<?, ?>) service.get("healthcheck");
            if (check == null || check.get("test") == null) {
                problems.add(name + " has no healthcheck");
            }
        });
        for (var service : Truth.services()) {
            var module = Truth.module(service);
            var dependsOn = (Map<?, ?>) Compose.service(module).get("depends_on");
            var read = Truth.variablesReadBy(service);
            var needs = new ArrayList<String>(List.of("redis"));
            if (read.containsKey("DB_URL")) needs.add("postgres");
            if (Truth.usesServiceStarter(service)) needs.add("kafka");
            if (!service.equals("user")) needs.add("user-service");
            for (var need : needs) {
                var condition = dependsOn == null ? null : (Map<?, ?>) dependsOn.get(need);
                if (condition == null || !"service_healthy".equals(condition.get("condition"))) {
                    problems.add(module + " does not wait for " + need + " to be healthy");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void onlyTheGatewayIsPublishedOnItsPort() {
        var published = new ArrayList<String>();
        Compose.services().forEach((name, service) -> {
            if (service.containsKey("ports")) {
                published.add(name);
            }
        });
        assertThat(published).containsExactly("gateway-service");
        var ports = (List<?>) Compose.service("gateway-service").get("ports");
        assertThat(ports)
                .singleElement()
                .asString()
                .endsWith(":" + Truth.platformPorts().get("gateway"));
    }

    @Test
    void portsAndDatabasesAreThoseOfThePlatformScript() {
        for (var service : Truth.services()) {
            var module = Truth.module(service);
            var environment = Compose.environment(module);
            assertThat(environment)
                    .as(module)
                    .containsEntry(
                            "SERVER_PORT", Truth.platformPorts().get(service).toString());
            var build = (Map<?, ?>) Compose.service(module).get("build");
            assertThat(((Map<?, ?>) build.get("args")).get("PORT"))
                    .isEqualTo(Truth.platformPorts().get(service).toString());
            if (Truth.databases().contains(service)) {
                assertThat(environment)
                        .containsEntry(
                                "DB_URL",
                                "jdbc:postgresql://postgres:"
                                        + Truth.platformPorts().get("postgres") + "/platter_" + service)
                        .containsEntry("DB_USER", "platter_" + service);
            } else {
                assertThat(environment).doesNotContainKey("DB_URL");
            }
        }
        var postgres = Compose.environment("postgres");
        assertThat(List.of(postgres.get("PLATTER_DATABASES").split(" "))).isEqualTo(Truth.databases());
        for (var database : Truth.databases()) {
            assertThat(postgres).containsKey(database.toUpperCase() + "_DB_PASSWORD");
            assertThat(Compose.environment(Truth.module(database)).get("DB_PASSWORD"))
                    .contains(database.toUpperCase() + "_DB_PASSWORD");
        }
    }

    @Test
    void infrastructureRunsTheVersionsThePlatformRuns() {
        var services = Compose.services();
        assertThat((String) services.get("postgres").get("image"))
                .isEqualTo("postgres:"
                        + String.join(
                                ".",
                                List.of(Truth.platformVariable("PG_VERSION").split("\\."))
                                        .subList(0, 2)));
        assertThat((String) services.get("elasticsearch").get("image"))
                .endsWith(":" + Truth.platformVariable("ES_VERSION"));
        assertThat((String) services.get("kafka").get("image"))
                .isEqualTo("apache/kafka:" + Truth.infraPomProperty("kafka.version"));
        assertThat(Compose.environment("kafka")).containsEntry("KAFKA_PROCESS_ROLES", "broker,controller");
        // KRaft refuses to format storage unless the cluster id is a UUID in URL-safe base64 without padding.
        assertThat(java.util.Base64.getUrlDecoder()
                        .decode(Compose.environment("kafka").get("CLUSTER_ID")))
                .hasSize(16);
        assertThat((String) services.get("mail").get("image"))
                .endsWith(":" + Truth.infraPomProperty("greenmail.version"));
        for (var stateful : List.of("postgres", "redis", "kafka", "elasticsearch")) {
            assertThat((List<?>) services.get(stateful).get("volumes"))
                    .as(stateful + " keeps its data in a volume")
                    .anySatisfy(volume -> assertThat(volume.toString()).doesNotStartWith("./"));
        }
    }

    @Test
    void everyApplicationImageIsBuiltFromTheOneDockerfile() {
        var modules = Repository.read("pom.xml");
        for (var name : Compose.services().keySet()) {
            var build = (Map<?, ?>) Compose.service(name).get("build");
            if (build == null) {
                continue;
            }
            assertThat(build.get("dockerfile")).as(name).isEqualTo("deploy/Dockerfile");
            var module = ((Map<?, ?>) build.get("args")).get("MODULE");
            assertThat(module).as(name).isEqualTo(name);
            assertThat(modules).contains("<module>" + module + "</module>");
        }
    }
}
