import static org.awaitility.Awaitility.await;

import dev.platter.analytics.OrderStory;
import dev.platter.platform.events.EventCatalog;
import dev.platter.platform.events.EventHeaders;
import dev.platter.platform.events.PlatterEvent;
import dev.platter.platform.events.order.OrderCancelled;
import dev.platter.platform.test.TestTokens;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Set-up and first measurement of the analytics benchmark. Serves the signing keys the service trusts; once told the
 * service is ready it (1) publishes whole order lives at 1,000 orders a minute (of event time) plus riders' shifts to
 * the bench topics as their producers would, and measures how fast the service applies them (events applied per
 * second through Kafka, from the first send to the last event in the inbox); (2) writes a month of rollups at 1,000
 * orders a minute straight into the service's database in bulk SQL (platform, one city, and every rider), for the
 * overview latency measured next by the script. Writes {@code jwks=}, then {@code admin=}, {@code from=}, {@code to=},
 * {@code city=}; waits for a last line on standard input, then deletes the bench topics.
 *
 * <p>Usage: {@code java -cp <classpath> AnalyticsBench.java <service URL> <out file> <topic prefix> <jdbc url>
 * <orders>}
 */
public class AnalyticsBench {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern APPLIED = Pattern.compile("\"eventsApplied\":(\\d+)");
    private static final String CITY = "Bench City";
    private static final int RESTAURANTS = 50;
    private static final int RIDERS = 100;

    public static void main(String[] args) throws Exception {
        var base = args[0];
        var out = Path.of(args[1]);
        var prefix = args[2];
        var jdbcUrl = args[3];
        int orders = Integer.parseInt(args[4]);
        Files.writeString(out, "jwks=" + TestTokens.jwksUri() + "\n");
        var admin = TestTokens.forRoles("ADMIN");
        var stdin = new BufferedReader(new InputStreamReader(System.in));
        stdin.readLine(); // the service is ready

        var events = workload(orders);
        long distinct = events.stream().map(PlatterEvent::eventId).distinct().count();
        // the first answers of a cold service on a busy machine may take a while
        long applied0 = await().atMost(Duration.ofMinutes(5))
                .ignoreExceptions()
                .until(() -> applied(base, admin), count -> count >= 0);
        try (var producer = producer()) {
            long start = System.nanoTime();
            var sent = new ArrayList<Future<RecordMetadata>>();
            for (var event : events) {
                sent.add(producer.send(record(prefix, event)));
            }
            for (var future : sent) {
                future.get();
            }
            long published = System.nanoTime();
            await().atMost(Duration.ofMinutes(30))
                    .pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions()
                    .until(() -> applied(base, admin) - applied0 >= distinct);
            long done = System.nanoTime();
            double seconds = (done - start) / 1e9;
            System.out.printf(
                    "ingest: %d orders, %d events published in %.1fs, all applied after %.1fs: %.0f events/s"
                            + " (%.0f orders/s)%n",
                    orders, distinct, (published - start) / 1e9, seconds, distinct / seconds, orders / seconds);
        }

        var month = seedMonth(jdbcUrl);
        Files.writeString(
                out,
                "admin=" + admin + "\nfrom=" + month.get(0) + "\nto=" + month.get(1) + "\ncity=" + CITY + "\n",
                StandardOpenOption.APPEND);
        stdin.readLine(); // the measurements are done
        try (var kafka = AdminClient.create(Map.of("bootstrap.servers", "127.0.0.1:9092"))) {
            var topics = kafka.listTopics().names().get().stream()
                    .filter(name -> name.startsWith(prefix))
                    .collect(Collectors.toSet());
            kafka.deleteTopics(topics).all().get();
        }
        System.exit(0);
    }

    /** Order lives placed at 1,000 a minute yesterday: most delivered, some rejected, cancelled or declined. */
    private static List<PlatterEvent> workload(int orders) {
        var events = new ArrayList<PlatterEvent>();
        var restaurants = new ArrayList<UUID>();
        for (int r = 0; r < RESTAURANTS; r++) {
            var id = UUID.randomUUID();
            restaurants.add(id);
            events.add(OrderStory.restaurant(id, 1, UUID.randomUUID(), "Bench Kitchen " + r, CITY));
        }
        var riders = new ArrayList<UUID>();
        var start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofHours(12));
        var end = start.plusMillis(60L * orders + 3_600_000L);
        for (int r = 0; r < RIDERS; r++) {
            var rider = UUID.randomUUID();
            riders.add(rider);
            events.addAll(OrderStory.shift(rider, 1, start.minusSeconds(600), end));
        }
        for (int i = 0; i < orders; i++) {
            var t = start.plusMillis(60L * i); // 1,000 orders a minute
            var story = new OrderStory(restaurants.get(i % RESTAURANTS), CITY, 30000 + (i % 7) * 1000, i % 5 == 0 ? 2000 : 0);
            var rider = riders.get(i % RIDERS);
            story.created(t.minusSeconds(20));
            switch (i % 50) {
                case 0, 1, 2, 3 -> story.paid(t.minusSeconds(5)).placed(t).rejected(t.plusSeconds(90));
                case 4, 5 -> story.paid(t.minusSeconds(5))
                        .placed(t)
                        .cancelled(t.plusSeconds(60), OrderCancelled.Status.PLACED, OrderCancelled.CancelledBy.CUSTOMER);
                case 6 -> story.paymentFailed(t.minusSeconds(5))
                        .cancelled(t, OrderCancelled.Status.PENDING_PAYMENT, OrderCancelled.CancelledBy.SYSTEM);
                default -> story.paid(t.minusSeconds(5))
                        .placed(t)
                        .accepted(t.plusSeconds(45 + i % 60), 15)
                        .deliveryRequested(t.plusSeconds(45 + i % 60))
                        .riderAssigned(t.plusSeconds(120), rider, t.plusSeconds(2400))
                        .ready(t.plusSeconds(900 + (i % 300)))
                        .pickedUp(t.plusSeconds(1200), rider, t.plusSeconds(2400))
                        .delivered(t.plusSeconds(1800 + (i % 1200)), rider);
            }
            events.addAll(story.events());
        }
        return events;
    }

    /**
     * A month of rollups ending yesterday, at 1,000 orders a minute: minute rows for the platform and the city, their
     * hours and days summed as the service sums them, and all riders' time. Returns the overview range: the month
     * with ragged edges (so minutes, hours and days all answer).
     */
    private static List<Instant> seedMonth(String jdbcUrl) throws Exception {
        var monthEnd = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(2));
        var monthStart = monthEnd.minus(Duration.ofDays(30));
        try (var db = DriverManager.getConnection(jdbcUrl, "platter_analytics", "platter_analytics");
                var sql = db.createStatement()) {
            long started = System.nanoTime();
            // 930 of 1,000 delivered, spread over 20 to 59 minutes
            var histogram = "array(select case when i between 20 and 59 then 23 + (case when i < 30 then 1 else 0 end)"
                    + " else 0 end from generate_series(0, 120) i)";
            sql.execute("insert into order_rollup (grain, scope_kind, scope_key, bucket, currency, orders, delivered,"
                    + " cancelled, rejected, gmv_minor, promo_minor, promo_orders, accepted, accept_ms, prepared,"
                    + " prep_ms, prep_promised_ms, prep_late, dispatched, dispatch_ms, delivery_ms,"
                    + " delivery_histogram, with_eta, late, payments_authorized, payments_failed)"
                    + " select 'm', s.kind, s.key, b, 'INR', 1000, 930, 30, 40, 930 * 42000::bigint, 186 * 2000,"
                    + " 186, 960, 960 * 75000::bigint, 930, 930 * 1020000::bigint, 930 * 900000::bigint, 210, 930,"
                    + " 930 * 95000::bigint, 930 * 2370000::bigint, " + histogram + ", 930, 140, 1000, 20"
                    + " from generate_series('" + monthStart + "'::timestamptz, '" + monthEnd
                    + "'::timestamptz - interval '1 minute', interval '1 minute') b"
                    + " cross join (values ('all', ''), ('city', '" + CITY + "')) s(kind, key)");
            sql.execute("insert into rider_rollup (grain, rider_id, bucket, online_ms, busy_ms, deliveries,"
                    + " delivery_ms, with_eta, late) select 'm', '00000000-0000-0000-0000-000000000000', b,"
                    + " 3000 * 60000::bigint, 2100 * 60000::bigint, 930, 930 * 2370000::bigint, 930, 140"
                    + " from generate_series('" + monthStart + "'::timestamptz, '" + monthEnd
                    + "'::timestamptz - interval '1 minute', interval '1 minute') b");
            for (var grain : List.of(new String[] {"h", "m", "hour"}, new String[] {"d", "h", "day"})) {
                sql.execute("insert into order_rollup (grain, scope_kind, scope_key, currency, bucket, orders,"
                        + " delivered, cancelled, rejected, gmv_minor, promo_minor, promo_orders, accepted, accept_ms,"
                        + " prepared, prep_ms, prep_promised_ms, prep_late, dispatched, dispatch_ms, delivery_ms,"
                        + " delivery_histogram, with_eta, late, payments_authorized, payments_failed)"
                        + " select '" + grain[0] + "', scope_kind, scope_key, currency, date_trunc('" + grain[2]
                        + "', bucket, 'UTC'), sum(orders), sum(delivered), sum(cancelled), sum(rejected),"
                        + " sum(gmv_minor), sum(promo_minor), sum(promo_orders), sum(accepted), sum(accept_ms),"
                        + " sum(prepared), sum(prep_ms), sum(prep_promised_ms), sum(prep_late), sum(dispatched),"
                        + " sum(dispatch_ms), sum(delivery_ms), hist_sum(delivery_histogram), sum(with_eta),"
                        + " sum(late), sum(payments_authorized), sum(payments_failed) from order_rollup"
                        + " where grain = '" + grain[1] + "' and bucket >= '" + monthStart + "' and bucket < '"
                        + monthEnd + "' group by 1, 2, 3, 4, 5");
                sql.execute("insert into rider_rollup (grain, rider_id, bucket, online_ms, busy_ms, deliveries,"
                        + " delivery_ms, with_eta, late) select '" + grain[0] + "', rider_id, date_trunc('"
                        + grain[2] + "', bucket, 'UTC'), sum(online_ms), sum(busy_ms), sum(deliveries),"
                        + " sum(delivery_ms), sum(with_eta), sum(late) from rider_rollup where grain = '" + grain[1]
                        + "' and bucket >= '" + monthStart + "' and bucket < '" + monthEnd + "' group by 1, 2, 3");
            }
            sql.execute("analyze order_rollup");
            sql.execute("analyze rider_rollup");
            System.out.printf(
                    "seeded a month of rollups (%s to %s, 43,200 minutes x 1,000 orders = 43.2M orders) in %.1fs%n",
                    monthStart, monthEnd, (System.nanoTime() - started) / 1e9);
        }
        return List.of(monthStart.plus(Duration.ofMinutes(17)), monthEnd.minus(Duration.ofMinutes(23)));
    }

    private static long applied(String base, String admin) throws Exception {
        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/analytics/replay"))
                        .header("Authorization", "Bearer " + admin)
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var matcher = APPLIED.matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new IllegalStateException("status answered " + response.statusCode() + ": " + response.body());
        }
        return Long.parseLong(matcher.group(1));
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092",
                        ProducerConfig.ACKS_CONFIG, "all",
                        ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    /** The record as the producing service's outbox writes it: contract topic, key, our headers, JSON. */
    private static ProducerRecord<String, byte[]> record(String prefix, PlatterEvent event) {
        var descriptor = EventCatalog.of(event.getClass());
        var record = new ProducerRecord<String, byte[]>(
                prefix + descriptor.topic(), event.aggregateId(), JSON.writeValueAsBytes(event));
        record.headers().add(EventHeaders.EVENT_ID, event.eventId().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_TYPE, descriptor.type().getBytes(StandardCharsets.UTF_8));
        record.headers()
                .add(EventHeaders.EVENT_VERSION, Integer.toString(descriptor.schemaVersion()).getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
