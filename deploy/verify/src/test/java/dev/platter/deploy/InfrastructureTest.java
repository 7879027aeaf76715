package dev.platter.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.platform.events.Topics;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The infrastructure manifests (deploy/k8s/infra) hold what the services need, as the platform defines it. */
class InfrastructureTest {

    static final Manifests INFRA = Manifests.render(Manifests.INFRA);
    static final Manifests BASE = Manifests.render(Manifests.BASE);

    @Test
    void kafkaRunsThreeKraftNodesWithReplicationThreeAndMinInsyncTwo() {
        var kafka = INFRA.get(Kafka.class, "platter-kafka");
        var config = kafka.getSpec().getKafka().getConfig();
        assertThat(config)
                .containsEntry("default.replication.factor", 3)
                .containsEntry("min.insync.replicas", 2)
                .containsEntry("offsets.topic.replication.factor", 3)
                .containsEntry("auto.create.topics.enable", false);
        assertThat(kafka.getSpec().getKafka().getVersion()).isEqualTo(Truth.infraPomProperty("kafka.version"));

        var pools = INFRA.all(KafkaNodePool.class);
        assertThat(pools).allSatisfy(pool -> assertThat(pool.getMetadata().getLabels())
                .containsEntry("strimzi.io/cluster", "platter-kafka"));
        var brokers = pools.stream()
                .filter(pool -> pool.getSpec().getRoles().contains(ProcessRoles.BROKER))
                .mapToInt(pool -> pool.getSpec().getReplicas())
                .sum();
        var controllers = pools.stream()
                .filter(pool -> pool.getSpec().getRoles().contains(ProcessRoles.CONTROLLER))
                .mapToInt(pool -> pool.getSpec().getReplicas())
                .sum();
        assertThat(brokers).isEqualTo(3);
        assertThat(controllers).isOdd().isGreaterThanOrEqualTo(3);

        var listener = kafka.getSpec().getKafka().getListeners().stream()
                .filter(l -> l.getPort() == 9092)
                .findFirst()
                .orElseThrow();
        var bootstrap = BASE.configValue(BASE.get(Deployment.class, "order-service"), "KAFKA_BOOTSTRAP_SERVERS");
        assertThat(bootstrap).contains("platter-kafka-kafka-bootstrap:" + listener.getPort());
    }

    @Test
    void everyTopicOfThePlatformAndItsDeadLetterTopicIsAKafkaTopic() {
        var expected = new TreeMap<String, Long>();
        for (var topic : Topics.all()) {
            expected.put(topic, Topics.retentionMs(topic));
            expected.put(Topics.deadLetter(topic), Topics.retentionMs(Topics.deadLetter(topic)));
        }
        var actual = new TreeMap<String, Long>();
        var problems = new ArrayList<String>();
        for (KafkaTopic topic : INFRA.all(KafkaTopic.class)) {
            var spec = topic.getSpec();
            actual.put(
                    spec.getTopicName(),
                    Long.valueOf(String.valueOf(spec.getConfig().get("retention.ms"))));
            if (spec.getReplicas() != 3
                    || !Integer.valueOf(2).equals(spec.getConfig().get("min.insync.replicas"))) {
                problems.add(spec.getTopicName() + ": replicas 3 and min.insync.replicas 2 expected");
            }
            if (!"platter-kafka".equals(topic.getMetadata().getLabels().get("strimzi.io/cluster"))) {
                problems.add(spec.getTopicName() + ": not labelled for the cluster platter-kafka");
            }
        }
        assertThat(actual).as("topic → retention.ms").isEqualTo(expected);
        assertThat(problems).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void postgresHoldsOneDatabaseAndRolePerServiceWithBackupsAndPointInTimeRecovery() {
        var cluster = INFRA.custom("Cluster").stream()
                .filter(c -> Kustomize.name(c).equals("platter-postgres"))
                .findFirst()
                .orElseThrow();
        var spec = (Map<String, Object>) cluster.get("spec");
        assertThat((Integer) spec.get("instances")).isGreaterThanOrEqualTo(3);
        assertThat((String) spec.get("imageName"))
                .endsWith(":" + Truth.platformVariable("PG_VERSION").split("\\.")[0] + "."
                        + Truth.platformVariable("PG_VERSION").split("\\.")[1]);

        var roles = ((List<Map<String, Object>>) ((Map<String, Object>) spec.get("managed")).get("roles"));
        var roleSecrets = new TreeMap<String, String>();
        roles.forEach(role -> roleSecrets.put(
                (String) role.get("name"), (String) ((Map<String, Object>) role.get("passwordSecret")).get("name")));
        var databases = new TreeMap<String, String>();
        INFRA.custom("Database").forEach(database -> {
            var databaseSpec = (Map<String, Object>) database.get("spec");
            assertThat(((Map<String, Object>) databaseSpec.get("cluster")).get("name"))
                    .isEqualTo("platter-postgres");
            databases.put((String) databaseSpec.get("name"), (String) databaseSpec.get("owner"));
        });
        var expected = new TreeMap<String, String>();
        Truth.databases().forEach(service -> expected.put("platter_" + service, "platter_" + service));
        assertThat(databases).as("database → owner").isEqualTo(expected);
        assertThat(roleSecrets.keySet()).isEqualTo(expected.keySet());

        for (var service : Truth.databases()) {
            var deployment = BASE.get(Deployment.class, Truth.module(service));
            assertThat(BASE.configValue(deployment, "DB_URL"))
                    .contains("jdbc:postgresql://platter-postgres-rw:5432/platter_" + service);
            assertThat(BASE.configValue(deployment, "DB_USER")).contains("platter_" + service);
            var password = Manifests.app(deployment).getEnv().stream()
                    .filter(env -> env.getName().equals("DB_PASSWORD"))
                    .findFirst()
                    .orElseThrow();
            assertThat(password.getValueFrom().getSecretKeyRef().getName())
                    .as("the service logs in with its role's password")
                    .isEqualTo(roleSecrets.get("platter_" + service));
        }

        var backup = (Map<String, Object>) spec.get("backup");
        assertThat(backup).containsKeys("retentionPolicy", "barmanObjectStore");
        var store = (Map<String, Object>) backup.get("barmanObjectStore");
        assertThat((String) store.get("destinationPath")).startsWith("s3://");
        assertThat(store).containsKey("wal");
        assertThat(INFRA.custom("ScheduledBackup")).singleElement().satisfies(scheduled -> assertThat(
                        ((Map<String, Object>) ((Map<String, Object>) scheduled.get("spec")).get("cluster"))
                                .get("name"))
                .isEqualTo("platter-postgres"));

        var restore = Repository.yamlDocuments(
                        Repository.path("deploy/k8s/infra/postgres/restore/cluster-restore.yaml"))
                .get(0);
        assertThat(OperatorResources.check(restore)).isEmpty();
        var recovery = (Map<String, Object>)
                ((Map<String, Object>) ((Map<String, Object>) restore.get("spec")).get("bootstrap")).get("recovery");
        assertThat((Map<String, Object>) recovery.get("recoveryTarget")).containsKey("targetTime");
        var external = (List<Map<String, Object>>) ((Map<String, Object>) restore.get("spec")).get("externalClusters");
        assertThat(external).singleElement().satisfies(source -> {
            assertThat(source.get("name")).isEqualTo(recovery.get("source"));
            assertThat(((Map<String, Object>) source.get("barmanObjectStore")).get("destinationPath"))
                    .isEqualTo(store.get("destinationPath"));
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void elasticsearchRunsTheVersionThePlatformRuns() {
        var elasticsearch = INFRA.custom("Elasticsearch");
        assertThat(elasticsearch).singleElement().satisfies(es -> {
            var spec = (Map<String, Object>) es.get("spec");
            assertThat(spec.get("version")).isEqualTo(Truth.platformVariable("ES_VERSION"));
            assertThat(spec.get("version")).isEqualTo(Truth.infraPomProperty("elasticsearch.version"));
            var nodes = ((List<Map<String, Object>>) spec.get("nodeSets"))
                    .stream()
                            .mapToInt(nodeSet -> (Integer) nodeSet.get("count"))
                            .sum();
            assertThat(nodes).isGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void redisIsWhereTheServicesLookForIt() {
        var redis = INFRA.get(io.fabric8.kubernetes.api.model.Service.class, "platter-redis");
        var port = redis.getSpec().getPorts().get(0).getPort();
        for (var service : Truth.services()) {
            var deployment = BASE.get(Deployment.class, Truth.module(service));
            assertThat(BASE.configValue(deployment, "REDIS_HOST")).contains("platter-redis");
            assertThat(BASE.configValue(deployment, "REDIS_PORT")).contains(port.toString());
        }
    }

    @Test
    void eachInfrastructurePartHasItsOwnDocumentedFolder() {
        var readme = Repository.read("deploy/README.md");
        for (var part : List.of("kafka", "postgres", "elasticsearch", "redis")) {
            assertThat(Repository.path("deploy/k8s/infra/" + part + "/kustomization.yaml"))
                    .isRegularFile();
            assertThat(readme).contains("deploy/k8s/infra/" + part);
        }
        assertThat(Stream.of("Strimzi", "CloudNativePG", "ECK"))
                .allSatisfy(operator -> assertThat(readme).contains(operator));
    }
}
