import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Sends the same request at a fixed rate (open model: a slow answer does not slow the sender) and reports latency
 * percentiles measured from each request's scheduled start, so queueing delay is counted (no coordinated omission).
 * Any 2xx answer is a success.
 *
 * <p>Usage: {@code java FixedRateLoad.java <url> <requests/s> <warm-up requests> <measured requests> [<JSON body>]}:
 * a GET, or with a body a POST of that JSON. With {@code LOAD_AUTHORIZATION} set, it is sent as the Authorization
 * header.
 *
 * <p>Other load drivers compile it and call {@link #run} with a request per index (see benchmarks/payment).
 */
public class FixedRateLoad {

    public static void main(String[] args) throws Exception {
        var uri = URI.create(args[0]);
        int rate = Integer.parseInt(args[1]);
        int warmUp = Integer.parseInt(args[2]);
        int measured = Integer.parseInt(args[3]);
        var builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
        var authorization = System.getenv("LOAD_AUTHORIZATION");
        if (authorization != null && !authorization.isBlank()) {
            builder.header("Authorization", authorization);
        }
        if (args.length > 4) {
            builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(args[4]));
        }
        var request = builder.build();
        var load = new FixedRateLoad(8);
        load.run(i -> request, rate, warmUp, status -> status / 100 == 2);
        System.out.println(load.run(i -> request, rate, measured, status -> status / 100 == 2).describe(uri.toString(), rate));
        System.exit(0);
    }

    /** What one step measured: latencies sorted, failures, the rate achieved, failures by status or exception. */
    public record Result(long[] latencies, int failures, double achieved, Map<String, Integer> failuresByStatus) {

        public String describe(String what, int rate) {
            return String.format(
                    "%s rate=%d/s achieved=%.1f/s n=%d failures=%d p50=%.3fms p90=%.3fms p99=%.3fms p99.9=%.3fms max=%.3fms%s",
                    what, rate, achieved, latencies.length, failures,
                    ms(latencies, 0.50), ms(latencies, 0.90), ms(latencies, 0.99), ms(latencies, 0.999),
                    latencies[latencies.length - 1] / 1e6,
                    failuresByStatus.isEmpty() ? "" : System.lineSeparator() + "failures by status: " + failuresByStatus);
        }
    }

    private final HttpClient client;

    public FixedRateLoad(int threads) {
        this.client = HttpClient.newBuilder()
                .executor(Executors.newFixedThreadPool(threads))
                .connectTimeout(Duration.ofSeconds(2))
                .build();
    }

    /** Sends {@code count} requests ({@code requests} makes the i-th) at {@code rate} per second. */
    public Result run(IntFunction<HttpRequest> requests, int rate, int count, IntPredicate success)
            throws InterruptedException {
        var statuses = new ConcurrentHashMap<String, Integer>();
        var latencies = new long[count];
        var done = new CountDownLatch(count);
        var failures = new AtomicInteger();
        var scheduler = Executors.newSingleThreadScheduledExecutor();
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < count; i++) {
            final int index = i;
            final long intended = start + i * intervalNanos;
            scheduler.schedule(
                    () -> client.sendAsync(requests.apply(index), HttpResponse.BodyHandlers.discarding())
                            .whenComplete((response, error) -> {
                                if (error != null || !success.test(response.statusCode())) {
                                    failures.incrementAndGet();
                                    statuses.merge(error != null ? error.getClass().getSimpleName()
                                            : Integer.toString(response.statusCode()), 1, Integer::sum);
                                }
                                latencies[index] = System.nanoTime() - intended;
                                done.countDown();
                            }),
                    intended - System.nanoTime(),
                    TimeUnit.NANOSECONDS);
        }
        if (!done.await(count / rate + 120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("requests did not finish in time");
        }
        double achieved = count / ((System.nanoTime() - start) / 1e9);
        scheduler.shutdown();
        Arrays.sort(latencies);
        return new Result(latencies, failures.get(), achieved, Map.copyOf(statuses));
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
