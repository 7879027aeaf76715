package dev.platter.platform.events;

/** The headers copied onto every Kafka record that carries a {@link PlatterEvent}. */
public final class EventHeaders {

    /** The event's {@link PlatterEvent#eventId()}, as a UUID string. */
    public static final String EVENT_ID = "event-id";

    /** The event type of {@link EventType#value()}, e.g. {@code OrderPlaced}. */
    public static final String EVENT_TYPE = "event-type";

    /** The schema version of {@link EventType#version()}, as a decimal string. */
    public static final String EVENT_VERSION = "event-version";

    /** The W3C trace context of the change that produced the event. */
    public static final String TRACEPARENT = "traceparent";

    private EventHeaders() {}
}
