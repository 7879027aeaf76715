package dev.platter.benchmarks;

import dev.platter.benchmarks.load.Stream;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scenarios {@code ./platform bench} runs: the streams each offers and their default arrival rates (every one
 * can be changed: {@code --rate}, {@code --rate.<stream>}, {@code --scale}), its default duration, and where its knee
 * search starts and how it steps.
 */
enum Scenario {
    MENU("menu", "cached menu reads", Stream.MENU, 50, 250, 250),
    SEARCH("search", "restaurant searches near the customer", Stream.SEARCH, 20, 50, 50),
    SUGGEST("suggest", "as-you-type suggestions", Stream.SUGGEST, 40, 50, 50),
    CART("cart", "cart updates (each priced by restaurant-service)", Stream.CART, 20, 25, 25),
    CHECKOUT("checkout", "full checkouts: cart, card order, sandbox confirmation, PLACED", Stream.CHECKOUT, 5, 20, 20),
    TRACKING("tracking", "customers following their orders", Stream.TRACKING, 20, 50, 50),
    PINGS("pings", "rider location pings", Stream.PINGS, 100, 250, 250),
    DISPATCH("dispatch", "cash orders accepted at once, dispatched to riders who accept", Stream.DISPATCH, 5, 20, 20),
    GATEWAY("gateway", "menu reads through the gateway and straight to restaurant-service", Stream.MENU, 50, 250, 250),
    MIXED("mixed", "the busy city, mixed: checkouts, pings, menus, searches, carts, tracking", null, 1, 0.25, 0.25);

    private final String key;
    private final String description;
    private final Stream primary;
    private final double rate;
    private final double kneeFrom;
    private final double kneeStep;

    Scenario(String key, String description, Stream primary, double rate, double kneeFrom, double kneeStep) {
        this.key = key;
        this.description = description;
        this.primary = primary;
        this.rate = rate;
        this.kneeFrom = kneeFrom;
        this.kneeStep = kneeStep;
    }

    String key() {
        return key;
    }

    String description() {
        return description;
    }

    /** The stream whose rate {@code --rate} sets and the knee search steps (none: the busy city scales them all). */
    Stream primary() {
        return primary;
    }

    /** The streams and rates at scale 1 (for the busy city, the rates of the issue). */
    Map<Stream, Double> rates() {
        var rates = new LinkedHashMap<Stream, Double>();
        switch (this) {
            case GATEWAY -> {
                rates.put(Stream.MENU, rate);
                rates.put(Stream.MENU_DIRECT, rate);
            }
            case MIXED -> {
                rates.put(Stream.CHECKOUT, 20.0);
                rates.put(Stream.PINGS, 1000.0);
                rates.put(Stream.MENU, 200.0);
                rates.put(Stream.SEARCH, 40.0);
                rates.put(Stream.CART, 100.0);
                rates.put(Stream.TRACKING, 100.0);
            }
            default -> rates.put(primary, rate);
        }
        return rates;
    }

    Duration duration() {
        return this == MIXED ? Duration.ofMinutes(10) : Duration.ofSeconds(60);
    }

    /**
     * 30 s for every scenario: each run (and each knee step) starts a fresh load generator, whose JIT compilation
     * takes most of a core for its first 20 to 25 s; measured any earlier, the generator's warm-up shows as the
     * platform's latency.
     */
    Duration warmUp() {
        return Duration.ofSeconds(30);
    }

    /** The knee search's first step: a rate of the primary stream, or the busy city's scale. */
    double kneeFrom() {
        return kneeFrom;
    }

    double kneeStep() {
        return kneeStep;
    }

    static Scenario of(String key) {
        return Arrays.stream(values())
                .filter(s -> s.key.equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No scenario " + key + " (./platform bench list)"));
    }
}
