package dev.platter.platform.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The wire identity of an event record: its type name (header {@code event-type}) and schema version (header {@code
 * event-version}). Every event record carries it. The type is the record's simple name without any {@code V<n>}
 * suffix; a breaking change is a new record with the same type and the next version, e.g. {@code
 * @EventType(value = "OrderPlaced", version = 2) record OrderPlacedV2(...)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** The event type, e.g. {@code "OrderPlaced"}. */
    String value();

    /** The schema version of this record, starting at 1. */
    int version();
}
