package dev.platter.platform.events;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platter.platform.events.EventCatalog.EventDescriptor;
import dev.platter.platform.events.order.OrderPlaced;
import dev.platter.platform.events.restaurant.KitchenEvent;
import dev.platter.platform.events.restaurant.TicketOpened;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/** The catalog knows every event record, once, on the right topic. */
class EventCatalogTest {

    /** The topic key column of the architecture's event table: the name of the id each topic is keyed by. */
    private static final Map<String, String> KEY_OF_TOPIC = Map.of(
            Topics.USERS, "userId",
            Topics.RESTAURANTS, "restaurantId",
            Topics.KITCHEN, "orderId",
            Topics.ORDERS, "orderId",
            Topics.PAYMENTS, "orderId",
            Topics.DELIVERIES, "orderId",
            Topics.RIDERS, "riderId",
            Topics.RIDER_LOCATIONS, "orderId");

    @Test
    void catalogsEveryEventRecordCompiledIntoTheLibrary() throws Exception {
        List<Class<?>> eventRecords = compiledClasses().stream()
                .filter(type -> type.isRecord() && PlatterEvent.class.isAssignableFrom(type))
                .toList();

        assertThat(eventRecords).hasSizeGreaterThanOrEqualTo(43);
        assertThat(EventCatalog.all())
                .map(EventDescriptor::recordClass)
                .containsExactlyInAnyOrderElementsOf(eventRecords.stream()
                        .<Class<? extends PlatterEvent>>map(type -> type.asSubclass(PlatterEvent.class))
                        .toList());
    }

    @Test
    void everyEventBelongsToASealedFamilyOfRecordsOnOneTopic() {
        Map<Class<?>, Set<String>> topicsByFamily = EventCatalog.all().stream()
                .collect(groupingBy(
                        descriptor -> family(descriptor.recordClass()), mapping(EventDescriptor::topic, toSet())));

        assertThat(topicsByFamily.keySet()).allSatisfy(family -> {
            assertThat(family.isSealed())
                    .as("%s is sealed", family.getSimpleName())
                    .isTrue();
            assertThat(family.getPermittedSubclasses()).allMatch(Class::isRecord);
        });
        assertThat(topicsByFamily.values())
                .allSatisfy(topics -> assertThat(topics).hasSize(1));
        assertThat(topicsByFamily.values().stream().flatMap(Set::stream))
                .as("one family per topic, every topic served")
                .containsExactlyInAnyOrderElementsOf(Topics.all());
    }

    @Test
    void typesAndVersionsAreUnique() {
        assertThat(EventCatalog.all())
                .map(descriptor -> descriptor.type() + "@" + descriptor.schemaVersion())
                .doesNotHaveDuplicates();
    }

    @Test
    void aTypeIsItsRecordsNameAndItsVersionsCountUpFromOne() {
        assertThat(EventCatalog.all()).allSatisfy(descriptor -> {
            String expectedName = descriptor.schemaVersion() == 1
                    ? descriptor.type()
                    : descriptor.type() + "V" + descriptor.schemaVersion();
            assertThat(descriptor.recordClass().getSimpleName()).isEqualTo(expectedName);
            for (int earlier = 1; earlier < descriptor.schemaVersion(); earlier++) {
                assertThat(EventCatalog.find(descriptor.type(), earlier))
                        .as("%s@%d precedes %s", descriptor.type(), earlier, descriptor.recordClass())
                        .isPresent();
            }
        });
    }

    @Test
    void everyEventStartsWithTheEnvelopeAndIsKeyedAsItsTopicIs() {
        for (PlatterEvent event : EventSamples.all()) {
            EventDescriptor descriptor = EventCatalog.of(event.getClass());
            RecordComponent[] components = event.getClass().getRecordComponents();

            assertThat(Arrays.stream(components)
                            .limit(4)
                            .map(c -> c.getName() + ":" + c.getType().getSimpleName()))
                    .as("envelope of %s", descriptor.type())
                    .containsExactly(
                            "eventId:UUID",
                            "occurredAt:Instant",
                            KEY_OF_TOPIC.get(descriptor.topic()) + ":UUID",
                            "version:long");
            assertThat(event.aggregateId())
                    .isEqualTo(Records.valueOf((Record) event, components[2]).toString());
        }
    }

    @Test
    void kitchenPaymentAndDeliveryEventsAreKeyedByOrderYetCarryTheirOwnIds() {
        TicketOpened ticketOpened = EventSamples.sample(TicketOpened.class);
        KitchenEvent asFamily = ticketOpened;

        assertThat(asFamily.aggregateId()).isEqualTo(EventSamples.ORDER.toString());
        assertThat(asFamily.ticketId()).isEqualTo(EventSamples.TICKET).isNotEqualTo(EventSamples.ORDER);
    }

    @Test
    void everyEventPackageIsNullMarked() {
        assertThat(EventCatalog.all())
                .map(descriptor -> descriptor.recordClass().getPackage())
                .allSatisfy(pkg -> assertThat(pkg.isAnnotationPresent(NullMarked.class))
                        .as("%s has a @NullMarked package-info", pkg.getName())
                        .isTrue());
        assertThat(PlatterEvent.class.getPackage().isAnnotationPresent(NullMarked.class))
                .isTrue();
    }

    @Test
    void describesAnEventByClassAndByItsHeaders() {
        EventDescriptor orderPlaced = EventCatalog.of(OrderPlaced.class);

        assertThat(orderPlaced).isEqualTo(new EventDescriptor("OrderPlaced", 1, OrderPlaced.class, Topics.ORDERS));
        assertThat(EventCatalog.find("OrderPlaced", 1)).contains(orderPlaced);
        assertThat(EventCatalog.find("OrderPlaced", 2)).isEmpty();
        assertThat(EventCatalog.find("PizzaTeleported", 1)).isEmpty();
    }

    @Test
    void refusesAClassThatIsNotAPublishedEvent() {
        assertThatThrownBy(() -> EventCatalog.of(Money.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dev.platter.platform.events.Money is not a published event");
        assertThatThrownBy(() -> EventCatalog.of(KitchenEvent.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesADescriptorOffTheTopicList() {
        assertThatThrownBy(() -> new EventDescriptor("OrderPlaced", 1, OrderPlaced.class, "platter.pizzas.v1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EventDescriptor("OrderPlaced", 0, OrderPlaced.class, Topics.ORDERS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCatalogCannotBeModified() {
        EventDescriptor extra = new EventDescriptor("OrderPlaced", 9, OrderPlaced.class, Topics.ORDERS);

        assertThatThrownBy(() -> EventCatalog.all().add(extra)).isInstanceOf(UnsupportedOperationException.class);
    }

    private static Class<?> family(Class<?> recordClass) {
        return Arrays.stream(recordClass.getInterfaces())
                .filter(PlatterEvent.class::isAssignableFrom)
                .findFirst()
                .orElseThrow(() -> new AssertionError(recordClass + " implements no event family"));
    }

    /** Every class compiled from src/main/java, found by walking the classes directory. */
    private static List<Class<?>> compiledClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(PlatterEvent.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        assertThat(root).isDirectory();
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String relative = root.relativize(file).toString();
                String name = relative.substring(0, relative.length() - ".class".length())
                        .replace(file.getFileSystem().getSeparator(), ".");
                if (!name.endsWith("package-info")) {
                    classes.add(Class.forName(name, false, EventCatalogTest.class.getClassLoader()));
                }
            }
        }
        return classes;
    }
}
