package dev.platter.platform.events;

import java.util.List;

/**
 * The Kafka topics events are published on, and how long each keeps its records. Services take the topic names they
 * use from configuration (so a test run can prefix them), with these as defaults.
 */
public final class Topics {

    /** User events, keyed by user id. */
    public static final String USERS = "platter.users.v1";

    /** Restaurant, menu and review events, keyed by restaurant id. */
    public static final String RESTAURANTS = "platter.restaurants.v1";

    /** Kitchen ticket events, keyed by order id. */
    public static final String KITCHEN = "platter.kitchen.v1";

    /** Order events, keyed by order id. */
    public static final String ORDERS = "platter.orders.v1";

    /** Payment and refund events, keyed by order id. */
    public static final String PAYMENTS = "platter.payments.v1";

    /** Delivery and offer events, keyed by order id. */
    public static final String DELIVERIES = "platter.deliveries.v1";

    /** Riders going on- and offline, keyed by rider id. */
    public static final String RIDERS = "platter.riders.v1";

    /** Live positions of riders on an active delivery, keyed by order id; kept one hour. */
    public static final String RIDER_LOCATIONS = "platter.rider-locations.v1";

    /** Appended to a topic's name to name its dead-letter topic. */
    public static final String DLT_SUFFIX = ".dlt";

    /** {@code retention.ms} of a topic that keeps its history (no time-based deletion). */
    public static final long RETAIN_FOREVER = -1L;

    /** {@code retention.ms} of {@link #RIDER_LOCATIONS}: one hour. */
    public static final long RIDER_LOCATIONS_RETENTION_MS = 3_600_000L;

    private static final List<String> ALL =
            List.of(USERS, RESTAURANTS, KITCHEN, ORDERS, PAYMENTS, DELIVERIES, RIDERS, RIDER_LOCATIONS);

    private Topics() {}

    /** Every domain topic (without dead-letter topics), in the order of the architecture's table. */
    public static List<String> all() {
        return ALL;
    }

    /** The dead-letter topic of {@code topic}: {@code <topic>.dlt}. */
    public static String deadLetter(String topic) {
        if (topic.isBlank() || isDeadLetter(topic)) {
            throw new IllegalArgumentException("Not a topic that can have a dead-letter topic: '" + topic + "'");
        }
        return topic + DLT_SUFFIX;
    }

    /** Whether {@code topic} is a dead-letter topic. */
    public static boolean isDeadLetter(String topic) {
        return topic.endsWith(DLT_SUFFIX);
    }

    /**
     * The {@code retention.ms} the topic is created with: {@link #RETAIN_FOREVER} for domain topics (analytics and
     * search replay them), {@link #RIDER_LOCATIONS_RETENTION_MS} for rider locations. A dead-letter topic keeps its
     * records as long as its source topic (so personal location data never outlives the hour). The name may carry a
     * prefix, such as a test run's ({@code run-42.platter.orders.v1}).
     *
     * @throws IllegalArgumentException if the name is not one of {@link #all()}, prefixed or not, or its dead-letter
     *     topic
     */
    public static long retentionMs(String topic) {
        String source = isDeadLetter(topic) ? topic.substring(0, topic.length() - DLT_SUFFIX.length()) : topic;
        for (String known : ALL) {
            if (source.endsWith(known)) {
                return known.equals(RIDER_LOCATIONS) ? RIDER_LOCATIONS_RETENTION_MS : RETAIN_FOREVER;
            }
        }
        throw new IllegalArgumentException("Unknown topic '" + topic + "'; known topics: " + ALL);
    }
}
