package dev.platter.benchmarks.measure;

import dev.platter.platform.events.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Kafka consumer lag of the platform's consumer groups (those reading the unprefixed {@code platter.*.v1} topics, so
 * test runs sharing the broker are left out): per group, the records its committed offsets are behind the end of
 * each partition, summed.
 */
public final class ConsumerLag implements AutoCloseable {

    private static final Set<String> TOPICS = Set.copyOf(Topics.all());

    private final Admin admin;
    private List<String> groups = List.of();
    private long groupsListedAt;

    public ConsumerLag(String bootstrap) {
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000));
    }

    /** Lag per platform group (reading any of {@code topics}, or any domain topic when empty), sorted by group. */
    public Map<String, Long> byGroup(Set<String> topics) {
        try {
            var committed = committed();
            var ends = ends(committed.values().stream()
                    .flatMap(offsets -> offsets.keySet().stream())
                    .collect(Collectors.toSet()));
            var lag = new TreeMap<String, Long>();
            committed.forEach((group, offsets) -> {
                long behind = 0;
                boolean relevant = false;
                for (var entry : offsets.entrySet()) {
                    var partition = entry.getKey();
                    if (!TOPICS.contains(partition.topic())
                            || (!topics.isEmpty() && !topics.contains(partition.topic()))) {
                        continue;
                    }
                    relevant = true;
                    long end = ends.getOrDefault(partition, 0L);
                    long at = entry.getValue() == null ? 0 : entry.getValue().offset();
                    behind += Math.max(0, end - at);
                }
                if (relevant) {
                    lag.put(group, behind);
                }
            });
            return lag;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted reading consumer lag", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not read consumer lag from Kafka: " + e.getMessage(), e);
        }
    }

    /** Waits until every platform group reading {@code topics} has caught up; false if it did not in time. */
    public boolean awaitCaughtUp(Set<String> topics, Duration patience, java.util.function.Consumer<String> progress)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        long lastSaid = 0;
        while (System.nanoTime() < deadline) {
            var lag = byGroup(topics);
            long total = lag.values().stream().mapToLong(Long::longValue).sum();
            if (total == 0 && !lag.isEmpty()) {
                return true;
            }
            if (System.nanoTime() - lastSaid > TimeUnit.SECONDS.toNanos(10)) {
                progress.accept(
                        lag.isEmpty()
                                ? "no consumer group has read these topics yet"
                                : total + " records to go: "
                                        + lag.entrySet().stream()
                                                .filter(e -> e.getValue() > 0)
                                                .map(e -> e.getKey() + "=" + e.getValue())
                                                .collect(Collectors.joining(", ")));
                lastSaid = System.nanoTime();
            }
            TimeUnit.SECONDS.sleep(1);
        }
        return false;
    }

    private Map<String, Map<TopicPartition, OffsetAndMetadata>> committed()
            throws InterruptedException, ExecutionException, TimeoutException {
        if (groups.isEmpty() || System.currentTimeMillis() - groupsListedAt > 60_000) {
            groups = admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get(15, TimeUnit.SECONDS).stream()
                    .map(GroupListing::groupId)
                    .sorted()
                    .toList();
            groupsListedAt = System.currentTimeMillis();
        }
        if (groups.isEmpty()) {
            return Map.of();
        }
        var specs = new HashMap<String, ListConsumerGroupOffsetsSpec>();
        groups.forEach(group -> specs.put(group, new ListConsumerGroupOffsetsSpec()));
        var result = admin.listConsumerGroupOffsets(specs).all().get(15, TimeUnit.SECONDS);
        var platform = new HashMap<String, Map<TopicPartition, OffsetAndMetadata>>();
        result.forEach((group, offsets) -> {
            if (offsets.keySet().stream().anyMatch(partition -> TOPICS.contains(partition.topic()))) {
                platform.put(group, offsets);
            }
        });
        // keep asking only about the platform's groups until the list is refreshed
        groups = platform.keySet().stream().sorted().toList();
        return platform;
    }

    private Map<TopicPartition, Long> ends(Set<TopicPartition> partitions)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        var request = new HashMap<TopicPartition, OffsetSpec>();
        partitions.forEach(partition -> request.put(partition, OffsetSpec.latest()));
        var ends = new HashMap<TopicPartition, Long>();
        admin.listOffsets(request)
                .all()
                .get(15, TimeUnit.SECONDS)
                .forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
