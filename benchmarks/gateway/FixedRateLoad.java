import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the same request at a fixed rate (open model: a slow answer does not slow the sender) and reports latency
 * percentiles measured from each request's scheduled start, so queueing delay is counted (no coordinated omission).
 * Any 2xx answer is a success.
 *
 * <p>Usage: {@code java FixedRateLoad.java <url> <requests/s> <warm-up requests> <measured requests> [<JSON body>]}:
 * a GET, or with a body a POST of that JSON. With {@code LOAD_AUTHORIZATION} set, it is sent as the Authorization
 * header.
 */
public class FixedRateLoad {

    private static final java.util.Map<String, Integer> STATUSES = new java.util.concurrent.ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        var uri = URI.create(args[0]);
        int rate = Integer.parseInt(args[1]);
        int warmUp = Integer.parseInt(args[2]);
        int measured = Integer.parseInt(args[3]);
        var client = HttpClient.newBuilder()
                .executor(Executors.newFixedThreadPool(8))
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        var builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
        var authorization = System.getenv("LOAD_AUTHORIZATION");
        if (authorization != null && !authorization.isBlank()) {
            builder.header("Authorization", authorization);
        }
        if (args.length > 4) {
            builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(args[4]));
        }
        var request = builder.build();
        run(client, request, rate, warmUp, null);
        STATUSES.clear();
        var latencies = new long[measured];
        long began = System.nanoTime();
        var failures = run(client, request, rate, measured, latencies);
        double achieved = measured / ((System.nanoTime() - began) / 1e9);
        Arrays.sort(latencies);
        System.out.printf(
                "%s rate=%d/s achieved=%.1f/s n=%d failures=%d p50=%.3fms p90=%.3fms p99=%.3fms p99.9=%.3fms max=%.3fms%n",
                uri, rate, achieved, measured, failures,
                ms(latencies, 0.50), ms(latencies, 0.90), ms(latencies, 0.99), ms(latencies, 0.999),
                latencies[latencies.length - 1] / 1e6);
        if (!STATUSES.isEmpty()) {
            System.out.println("failures by status: " + STATUSES);
        }
        System.exit(0);
    }

    private static int run(HttpClient client, HttpRequest request, int rate, int count, long[] latencies)
            throws InterruptedException {
        var done = new CountDownLatch(count);
        var failures = new AtomicInteger();
        var scheduler = Executors.newSingleThreadScheduledExecutor();
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < count; i++) {
            final int index = i;
            final long intended = start + i * intervalNanos;
            scheduler.schedule(
                    () -> client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                            .whenComplete((response, error) -> {
                                if (error != null || response.statusCode() / 100 != 2) {
                                    failures.incrementAndGet();
                                    STATUSES.merge(error != null ? error.getClass().getSimpleName()
                                            : Integer.toString(response.statusCode()), 1, Integer::sum);
                                }
                                if (latencies != null) {
                                    latencies[index] = System.nanoTime() - intended;
                                }
                                done.countDown();
                            }),
                    intended - System.nanoTime(),
                    TimeUnit.NANOSECONDS);
        }
        if (!done.await(count / rate + 60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("requests did not finish in time");
        }
        scheduler.shutdown();
        return failures.get();
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
