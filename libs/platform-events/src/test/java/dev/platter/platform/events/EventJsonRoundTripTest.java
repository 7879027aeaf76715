package dev.platter.platform.events;

import static dev.platter.platform.events.EventSamples.ORDER;
import static dev.platter.platform.events.EventSamples.SPICE_GARDEN;
import static dev.platter.platform.events.EventSamples.TICKET;
import static dev.platter.platform.events.EventSamples.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platter.platform.events.EventCatalog.EventDescriptor;
import dev.platter.platform.events.order.OrderPlaced;
import dev.platter.platform.events.restaurant.TicketAccepted;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Every event survives the trip through JSON that Kafka gives it, read by a mapper configured as consumers do. */
class EventJsonRoundTripTest {

    /** As consumers read events: tolerant of fields added by newer producers. */
    private static final JsonMapper CONSUMER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static Stream<Named<PlatterEvent>> samples() {
        return EventSamples.all().stream()
                .map(event -> Named.of(event.getClass().getSimpleName(), event));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void readsBackEqualToWhatWasWritten(PlatterEvent event) {
        String json = CONSUMER.writeValueAsString(event);

        assertThat(CONSUMER.readValue(json, event.getClass())).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void writesExactlyTheRecordComponentsAndNotTheAggregateId(PlatterEvent event) {
        JsonNode json = CONSUMER.readTree(CONSUMER.writeValueAsString(event));

        assertThat(json.has("aggregateId")).isFalse();
        assertThat(propertyNames(json))
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(event.getClass().getRecordComponents())
                                .map(RecordComponent::getName)
                                .toList());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void ignoresPropertiesAddedByANewerProducerAtEveryLevel(PlatterEvent event) {
        JsonNode json = CONSUMER.valueToTree(event);
        addUnknownPropertyToEveryObject(json);

        assertThat(json.toString()).contains("\"addedInALaterVersion\"");
        assertThat(CONSUMER.treeToValue(json, event.getClass())).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void readsIntoUnmodifiableCollections(PlatterEvent event) {
        PlatterEvent read = CONSUMER.readValue(CONSUMER.writeValueAsString(event), event.getClass());

        List<String> modifiable = new ArrayList<>();
        Records.walk(read, "", (path, value) -> {
            if (value instanceof Collection<?> collection) {
                try {
                    collection.clear();
                    modifiable.add(path);
                } catch (UnsupportedOperationException expected) {
                    // immutable, as it should be
                }
            }
        });
        assertThat(modifiable).as("collections a consumer could modify").isEmpty();
    }

    @Test
    void everyCatalogEntryHasASample() {
        Set<Class<?>> sampled = EventSamples.byClass().keySet();

        assertThat(EventCatalog.all())
                .map(EventDescriptor::recordClass)
                .as("add a sample of each event to EventSamples, so it gets round-tripped")
                .allSatisfy(recordClass -> assertThat(sampled).contains(recordClass));
        assertThat(EventSamples.all()).hasSameSizeAs(EventCatalog.all());
    }

    @Test
    void samplesSetEveryFieldSoTheRoundTripCoversThemAll() {
        List<String> unset = new ArrayList<>();
        for (PlatterEvent event : EventSamples.all()) {
            Records.walk(event, event.getClass().getSimpleName(), (path, value) -> {
                if (value == null) {
                    unset.add(path);
                }
            });
        }
        assertThat(unset).as("fields left null in EventSamples").isEmpty();
    }

    @Test
    void writesMoneyTimestampsAndCoordinatesAsTheArchitectureSpecifies() {
        JsonNode json = CONSUMER.readTree(CONSUMER.writeValueAsString(sample(OrderPlaced.class)));

        assertThat(json.get("occurredAt").isString()).isTrue();
        assertThat(json.get("occurredAt").asString()).isEqualTo("2025-06-14T13:05:40Z");
        assertThat(json.get("totals").get("total"))
                .isEqualTo(CONSUMER.readTree("{\"amountMinor\": 130955, \"currency\": \"INR\"}"));
        assertThat(json.get("deliveryAddress").get("location"))
                .isEqualTo(CONSUMER.readTree("{\"lat\": 12.9784, \"lon\": 77.6408}"));
        assertThat(json.get("orderId").asString()).isEqualTo(ORDER.toString());
        assertThat(json.get("paymentMethod").asString()).isEqualTo("CARD");
    }

    @Test
    void readsARecordWrittenByAnotherProducer() {
        String json =
                """
                {"eventId": "0197a0f2-6c1e-7b3a-9d2e-5f4c3b2a1908", "occurredAt": "2025-06-14T13:07:10.250Z",
                 "orderId": "%s", "version": 2, "ticketId": "%s", "restaurantId": "%s",
                 "prepMinutes": 20, "readyAt": "2025-06-14T13:27:10Z", "autoAccepted": true}
                """
                        .formatted(ORDER, TICKET, SPICE_GARDEN);

        assertThat(CONSUMER.readValue(json, TicketAccepted.class))
                .isEqualTo(new TicketAccepted(
                        UUID.fromString("0197a0f2-6c1e-7b3a-9d2e-5f4c3b2a1908"),
                        Instant.parse("2025-06-14T13:07:10.250Z"),
                        ORDER,
                        2,
                        TICKET,
                        SPICE_GARDEN,
                        20,
                        Instant.parse("2025-06-14T13:27:10Z"),
                        true));
    }

    @Test
    void jackson3DefaultsAlsoIgnoreUnknownProperties() {
        JsonMapper defaults = JsonMapper.builder().build();
        ObjectNode json = defaults.valueToTree(sample(TicketAccepted.class));
        json.put("kitchenStation", "tandoor");

        assertThat(defaults.treeToValue(json, TicketAccepted.class)).isEqualTo(sample(TicketAccepted.class));
    }

    @Test
    void refusesAMalformedRecordSoItGoesToTheDeadLetterTopic() {
        ObjectNode json = CONSUMER.valueToTree(sample(OrderPlaced.class));
        ((ObjectNode) json.get("totals").get("tip")).put("currency", "rupees");

        assertThatThrownBy(() -> CONSUMER.treeToValue(json, OrderPlaced.class))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("ISO-4217");
    }

    private static List<String> propertyNames(JsonNode json) {
        return List.copyOf(json.propertyNames());
    }

    private static void addUnknownPropertyToEveryObject(JsonNode node) {
        for (JsonNode child : node) {
            addUnknownPropertyToEveryObject(child);
        }
        if (node instanceof ObjectNode object) {
            object.put("addedInALaterVersion", "extra chutney");
        }
    }
}
