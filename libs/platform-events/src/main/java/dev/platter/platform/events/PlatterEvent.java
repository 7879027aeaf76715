package dev.platter.platform.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened in Platter, published on one Kafka topic ({@link Topics}) and registered in the {@link
 * EventCatalog}. Every event is an immutable record whose first components are {@code eventId}, {@code occurredAt},
 * the id of the topic key ({@link #aggregateId()}) and {@code version}, in that order.
 *
 * <p>Events belong to a sealed family per aggregate (e.g. {@code OrderEvent}); one family is published on exactly one
 * topic. A change that would break a consumer is a new record with the next schema version, never an edit.
 */
public interface PlatterEvent {

    /** Unique id of this event, minted when the event is created (a re-sent record keeps it): the de-duplication key. */
    UUID eventId();

    /** When it happened (UTC). */
    Instant occurredAt();

    /**
     * The version of the aggregate this event describes, after the change: it grows with each change of that
     * aggregate, so a consumer can drop an update older than the state it already holds.
     */
    long version();

    /**
     * The Kafka record key: the id of the aggregate the topic is keyed by (for kitchen, payment, delivery and
     * rider-location events that is the order id). Derived, so it is not serialized.
     */
    @JsonIgnore
    String aggregateId();
}
