package dev.platter.platform.test;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what earlier test runs left behind — their databases, topics, Redis keys and Elasticsearch indexes — so a
 * machine that runs the tests again and again does not fill up. Only runs that started more than {@link #AGE} ago
 * are touched, so two runs side by side do not pull the floor from under each other. Best effort: a part that is
 * down is skipped with a warning.
 */
public final class Leftovers {

    static final Duration AGE = Duration.ofMinutes(30);

    private static final Logger log = LoggerFactory.getLogger(Leftovers.class);
    private static final AtomicBoolean DONE = new AtomicBoolean();
    private static final Pattern RUN_PREFIX = Pattern.compile("^(r\\d{12}[0-9a-f]{4})[._:-].*");
    private static final Pattern RUN_DATABASE = Pattern.compile("^platter_[a-z]+_(r\\d{12}[0-9a-f]{4})$");

    private Leftovers() {}

    /** Cleans up once per JVM. */
    public static void removeOnce() {
        if (DONE.compareAndSet(false, true)) {
            databases();
            topics();
            redisKeys();
            indexes();
        }
    }

    private static boolean stale(Pattern pattern, String name) {
        var matcher = pattern.matcher(name);
        return matcher.matches() && TestRun.isStaleRun(matcher.group(1), AGE);
    }

    static void databases() {
        try (var admin = TestDatabases.admin();
                var statement = admin.createStatement();
                var result =
                        statement.executeQuery("select datname from pg_database where datname like 'platter\\_%'")) {
            var stale = new ArrayList<String>();
            while (result.next()) {
                if (stale(RUN_DATABASE, result.getString(1))) {
                    stale.add(result.getString(1));
                }
            }
            for (var database : stale) {
                TestDatabases.execute(
                        admin, "drop database if exists " + TestDatabases.identifier(database) + " with (force)");
            }
            if (!stale.isEmpty()) {
                log.info("Dropped {} databases of earlier test runs", stale.size());
            }
        } catch (SQLException e) {
            log.warn("Could not remove databases of earlier test runs: {}", e.toString());
        }
    }

    static void topics() {
        try (var admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                Infrastructure.kafkaBootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                10_000))) {
            var stale = admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                    .filter(topic -> stale(RUN_PREFIX, topic))
                    .toList();
            if (!stale.isEmpty()) {
                admin.deleteTopics(stale).all().get(30, TimeUnit.SECONDS);
                log.info("Deleted {} topics of earlier test runs", stale.size());
            }
            var groups = admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS).stream()
                    .map(group -> group.groupId())
                    .filter(group -> stale(RUN_PREFIX, group))
                    .toList();
            if (!groups.isEmpty()) {
                admin.deleteConsumerGroups(groups).all().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            log.warn("Could not remove topics of earlier test runs: {}", e.toString());
        }
    }

    static void redisKeys() {
        var client = RedisClient.create(RedisURI.create(Infrastructure.redisHost(), Infrastructure.redisPort()));
        try (var connection = client.connect()) {
            var commands = connection.sync();
            ScanCursor cursor = ScanCursor.INITIAL;
            int removed = 0;
            do {
                KeyScanCursor<String> page =
                        commands.scan(cursor, ScanArgs.Builder.matches("r*:*").limit(1000));
                var stale = page.getKeys().stream()
                        .filter(key -> stale(RUN_PREFIX, key))
                        .toArray(String[]::new);
                if (stale.length > 0) {
                    removed += commands.del(stale).intValue();
                }
                cursor = page;
            } while (!cursor.isFinished());
            if (removed > 0) {
                log.info("Deleted {} Redis keys of earlier test runs", removed);
            }
        } catch (RuntimeException e) {
            log.warn("Could not remove Redis keys of earlier test runs: {}", e.toString());
        } finally {
            client.shutdown();
        }
    }

    static void indexes() {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        try {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(Infrastructure.elasticsearchUri() + "/_cat/indices?h=index"))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            var stale = response.body()
                    .lines()
                    .map(String::trim)
                    .filter(index -> stale(RUN_PREFIX, index))
                    .toList();
            for (var index : stale) {
                http.send(
                        HttpRequest.newBuilder(URI.create(Infrastructure.elasticsearchUri() + "/" + index))
                                .DELETE()
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
            }
            if (!stale.isEmpty()) {
                log.info("Deleted {} Elasticsearch indexes of earlier test runs", stale.size());
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.warn("Could not remove Elasticsearch indexes of earlier test runs: {}", e.toString());
        }
    }
}
