package dev.platter.platform.events;

import dev.platter.platform.events.delivery.DeliveryEvent;
import dev.platter.platform.events.delivery.RiderEvent;
import dev.platter.platform.events.delivery.RiderLocationEvent;
import dev.platter.platform.events.order.OrderEvent;
import dev.platter.platform.events.payment.PaymentEvent;
import dev.platter.platform.events.restaurant.KitchenEvent;
import dev.platter.platform.events.restaurant.RestaurantEvent;
import dev.platter.platform.events.user.UserEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of every published event: its type, schema version, record class and topic. Producers use {@link
 * #of(Class)} to fill the {@link EventHeaders}; consumers use {@link #find(String, int)} to pick the record class to
 * read a record into.
 *
 * <p>The catalog is built from the sealed event families, one per topic: a record joins the catalog by being
 * permitted by its family and annotated with {@link EventType}.
 */
public final class EventCatalog {

    /**
     * One published event.
     *
     * @param type the event type, header {@code event-type} (e.g. {@code OrderPlaced})
     * @param schemaVersion the schema version, header {@code event-version}, starting at 1
     * @param recordClass the record that is this type at this version
     * @param topic the topic it is published on (one of {@link Topics#all()})
     */
    public record EventDescriptor(
            String type, int schemaVersion, Class<? extends PlatterEvent> recordClass, String topic) {

        public EventDescriptor {
            if (type.isBlank() || schemaVersion < 1) {
                throw new IllegalArgumentException(
                        "Event type must not be blank and schema version must be >= 1: " + type + "@" + schemaVersion);
            }
            if (!Topics.all().contains(topic)) {
                throw new IllegalArgumentException("Unknown topic " + topic + " for " + type);
            }
        }
    }

    /** Each sealed family and the one topic it is published on. */
    private static final List<Family> FAMILIES = List.of(
            new Family(UserEvent.class, Topics.USERS),
            new Family(RestaurantEvent.class, Topics.RESTAURANTS),
            new Family(KitchenEvent.class, Topics.KITCHEN),
            new Family(OrderEvent.class, Topics.ORDERS),
            new Family(PaymentEvent.class, Topics.PAYMENTS),
            new Family(DeliveryEvent.class, Topics.DELIVERIES),
            new Family(RiderEvent.class, Topics.RIDERS),
            new Family(RiderLocationEvent.class, Topics.RIDER_LOCATIONS));

    private static final List<EventDescriptor> ALL;
    private static final Map<Class<?>, EventDescriptor> BY_CLASS = new HashMap<>();
    private static final Map<String, EventDescriptor> BY_TYPE_AND_VERSION = new HashMap<>();

    static {
        List<EventDescriptor> all = new ArrayList<>();
        for (Family family : FAMILIES) {
            for (Class<?> permitted : family.type().getPermittedSubclasses()) {
                EventDescriptor descriptor = describe(permitted, family.topic());
                if (BY_TYPE_AND_VERSION.putIfAbsent(key(descriptor.type(), descriptor.schemaVersion()), descriptor)
                        != null) {
                    throw new IllegalStateException("Two records claim " + descriptor.type() + "@"
                            + descriptor.schemaVersion() + ": " + permitted.getName() + " and "
                            + BY_TYPE_AND_VERSION
                                    .get(key(descriptor.type(), descriptor.schemaVersion()))
                                    .recordClass()
                                    .getName());
                }
                BY_CLASS.put(permitted, descriptor);
                all.add(descriptor);
            }
        }
        ALL = List.copyOf(all);
    }

    private EventCatalog() {}

    /** Every published event, grouped by topic. */
    public static List<EventDescriptor> all() {
        return ALL;
    }

    /**
     * The descriptor of an event record class.
     *
     * @throws IllegalArgumentException if the class is not a published event
     */
    public static EventDescriptor of(Class<?> recordClass) {
        EventDescriptor descriptor = BY_CLASS.get(recordClass);
        if (descriptor == null) {
            throw new IllegalArgumentException(recordClass.getName() + " is not a published event: "
                    + "it must be a record annotated with @EventType and permitted by its event family");
        }
        return descriptor;
    }

    /** The event of this type at this schema version, as found in the {@link EventHeaders} of a record. */
    public static Optional<EventDescriptor> find(String type, int schemaVersion) {
        return Optional.ofNullable(BY_TYPE_AND_VERSION.get(key(type, schemaVersion)));
    }

    @SuppressWarnings("unchecked")
    private static EventDescriptor describe(Class<?> permitted, String topic) {
        EventType eventType = permitted.getAnnotation(EventType.class);
        if (!permitted.isRecord() || eventType == null) {
            throw new IllegalStateException(
                    permitted.getName() + " must be a record annotated with @" + EventType.class.getSimpleName());
        }
        return new EventDescriptor(
                eventType.value(), eventType.version(), (Class<? extends PlatterEvent>) permitted, topic);
    }

    private static String key(String type, int schemaVersion) {
        return type + "@" + schemaVersion;
    }

    private record Family(Class<? extends PlatterEvent> type, String topic) {}
}
