package dev.platter.notification.realtime;

import java.util.Optional;
import java.util.UUID;

/**
 * What a client can follow: {@code order:<orderId>} (its customer: status, rider position, ETA),
 * {@code restaurant:<restaurantId>} (its owner: new and changed tickets) and {@code rider:<riderId>} (that rider:
 * offers the moment they are made).
 */
final class Streams {

    /** A parsed stream name. */
    record Stream(Kind kind, UUID id) {
        String name() {
            return kind.prefix + id;
        }
    }

    /** The kinds of stream. */
    enum Kind {
        /** One order, for its customer. */
        ORDER("order:"),
        /** One restaurant's tickets, for its owner. */
        RESTAURANT("restaurant:"),
        /** One rider's offers, for that rider. */
        RIDER("rider:");

        final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    private Streams() {}

    static Optional<Stream> parse(String name) {
        for (var kind : Kind.values()) {
            if (name.startsWith(kind.prefix)) {
                try {
                    return Optional.of(new Stream(kind, UUID.fromString(name.substring(kind.prefix.length()))));
                } catch (IllegalArgumentException notAnId) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    static String order(UUID orderId) {
        return Kind.ORDER.prefix + orderId;
    }

    static String restaurant(UUID restaurantId) {
        return Kind.RESTAURANT.prefix + restaurantId;
    }

    static String rider(UUID riderId) {
        return Kind.RIDER.prefix + riderId;
    }
}
