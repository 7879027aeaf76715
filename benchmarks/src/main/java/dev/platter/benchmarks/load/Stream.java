package dev.platter.benchmarks.load;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One kind of traffic a scenario offers at its own arrival rate: what each arrival does, the names its requests are
 * reported under, the request (or measure) its p99 target applies to, and the services its work lands on (to share
 * their CPU out between the streams of a mixed run).
 */
public enum Stream {
    /** A published menu, read through restaurant-service's Redis cache, by anyone. */
    MENU("menu", "menu", 50, List.of("menu"), "gateway", "restaurant"),

    /** The same read straight at restaurant-service, to see what the gateway adds. */
    MENU_DIRECT(
            "menu-direct",
            "menu (direct to restaurant-service)",
            0,
            List.of("menu (direct to restaurant-service)"),
            "restaurant"),

    /** A restaurant search near the customer: text with typo tolerance, deliverable only, matching dishes shown. */
    SEARCH("search", "search", 150, List.of("search"), "gateway", "search"),

    /** As-you-type suggestions. */
    SUGGEST("suggest", "suggest", 150, List.of("suggest"), "gateway", "search"),

    /** A customer changes their cart (priced by restaurant-service's quote). */
    CART("cart", "cart update", 0, List.of("cart update"), "gateway", "order", "restaurant"),

    /**
     * The whole checkout: a dish into the cart, the order (card), the card confirmed through the Stripe API of the
     * sandbox, and the order followed until it is PLACED (the signed webhook has reached payment-service).
     */
    CHECKOUT(
            "checkout",
            "checkout: place order (card)",
            300,
            List.of(
                    "checkout: add to cart",
                    "checkout: place order (card)",
                    "checkout: confirm card (sandbox)",
                    "checkout (cart to PLACED)"),
            "gateway",
            "order",
            "restaurant",
            "payment",
            "user",
            "notification",
            "analytics",
            "delivery",
            "search",
            "stripe-sandbox"),

    /** Cash orders at auto-accepting kitchens: each is accepted at once and dispatched to the riders online. */
    DISPATCH(
            "dispatch",
            "dispatch: OrderAccepted to RiderAssigned",
            1000,
            List.of("dispatch: add to cart", "dispatch: place order (cash)"),
            "gateway",
            "order",
            "restaurant",
            "payment",
            "user",
            "notification",
            "analytics",
            "delivery",
            "search"),

    /** A customer following their order: status, rider, ETA and the rider's live position. */
    TRACKING("tracking", "tracking", 0, List.of("tracking"), "gateway", "delivery"),

    /** Riders online sending their position. */
    PINGS("pings", "ping", 50, List.of("ping"), "gateway", "delivery"),

    /** The riders online of a scenario without pings keep sending a position now and then, so dispatch sees them. */
    KEEP_ALIVE("keep-alive", "ping (keep-alive)", 0, List.of("ping (keep-alive)"), "gateway", "delivery");

    private final String key;
    private final String measured;
    private final int p99TargetMillis;
    private final List<String> perArrival;
    private final List<String> services;

    Stream(String key, String measured, int p99TargetMillis, List<String> perArrival, String... services) {
        this.key = key;
        this.measured = measured;
        this.p99TargetMillis = p99TargetMillis;
        this.perArrival = perArrival;
        this.services = List.of(services);
    }

    /** The stream's name in options ({@code --rate.<key>}) and plans. */
    public String key() {
        return key;
    }

    /** The request, group or measure its p99 target applies to. */
    public String measured() {
        return measured;
    }

    /** The p99 target in milliseconds, if it has one. */
    public Optional<Integer> p99Target() {
        return p99TargetMillis > 0 ? Optional.of(p99TargetMillis) : Optional.empty();
    }

    /** The names its requests (and groups) are reported under that happen once per arrival. */
    public List<String> perArrival() {
        return perArrival;
    }

    /** Whether a reported request or group name is this stream's. */
    public boolean owns(String name) {
        return perArrival.contains(name)
                || name.equals(measured)
                || name.startsWith(key + ": ")
                || (this == CHECKOUT && name.startsWith("checkout"));
    }

    /** The Platter services (and helpers) its work lands on. */
    public List<String> services() {
        return services;
    }

    public static Stream of(String key) {
        return Arrays.stream(values())
                .filter(stream -> stream.key.equals(key.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No stream " + key + "; streams: "
                        + Arrays.stream(values()).map(Stream::key).toList()));
    }

    public static @Nullable Stream owning(String name) {
        for (var stream : values()) {
            if (stream.owns(name)) {
                return stream;
            }
        }
        return null;
    }
}
