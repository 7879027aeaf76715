package dev.platter.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platter.platform.events.EventContracts.Contract;
import dev.platter.platform.events.EventContracts.Report;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The compatibility guard: every published event's shape is recorded in {@value EventContracts#SNAPSHOT_PATH}, and a
 * change that would break a consumer of a recorded {@code type@version} fails the build.
 */
class EventContractsTest {

    private final List<Contract> current = EventContracts.current();

    @Test
    void everyCatalogEntryIsInTheSnapshot() {
        Report report = EventContracts.check(EventContracts.readSnapshot(), current);

        assertThat(report.missing())
                .withFailMessage(
                        "These events are not in %s yet. Review them (once published they cannot change) and append "
                                + "these blocks to it:%n%n%s",
                        EventContracts.SNAPSHOT_PATH, blocks(report.missing()))
                .isEmpty();
    }

    @Test
    void noPublishedEventChangedIncompatibly() {
        Report report = EventContracts.check(EventContracts.readSnapshot(), current);

        assertThat(report.incompatible())
                .withFailMessage("%n%s", String.join("\n\n", report.incompatible()))
                .isEmpty();
    }

    @Test
    void theSnapshotRecordsCompatibleChanges() {
        Report report = EventContracts.check(EventContracts.readSnapshot(), current);

        assertThat(report.changedCompatibly())
                .withFailMessage(
                        "These events changed compatibly (new @Nullable fields at the end, new enum constants). Replace "
                                + "their blocks in %s with:%n%n%s",
                        EventContracts.SNAPSHOT_PATH, blocks(report.changedCompatibly()))
                .isEmpty();
    }

    @Test
    void theSnapshotReadsBackWhatItWrites() {
        Map<String, Contract> parsed = EventContracts.parse(EventContracts.renderAll(current));

        assertThat(List.copyOf(parsed.values())).isEqualTo(current);
    }

    @Test
    void recordsNestedValueTypesEnumConstantsAndNullability() {
        String block = EventContracts.render(find("OrderCancelled@1"));

        assertThat(block)
                .startsWith("OrderCancelled@1 platter.orders.v1\n  eventId: UUID\n  occurredAt: Instant\n")
                .contains("  cancelledByUserId: @Nullable UUID\n")
                .contains("  refund: OrderCancelled.Refund\n"
                        + "    type: OrderCancelled.Refund.Type [NONE, PARTIAL, FULL]\n"
                        + "    amount: Money\n"
                        + "      amountMinor: long\n"
                        + "      currency: String\n");
        assertThat(EventContracts.render(find("OrderPlaced@1")))
                .contains("  lines: List<LineItem>\n    menuItemId: UUID\n")
                .contains("    options: List<LineItem.Option>\n      optionId: UUID\n");
    }

    // --- The guard fires: tampered snapshots stand for published events that the code no longer matches -----------

    @Test
    void reportsARenamedField() {
        List<String> problems =
                checkAgainstTampered("OrderCancelled@1", "  note: @Nullable String", "  comment: @Nullable String");

        assertThat(problems).singleElement().satisfies(problem -> assertThat(problem)
                .contains("OrderCancelled@1 changed incompatibly")
                .contains("field 'comment' (String) was removed or renamed")
                .contains("make a new version instead")
                .contains("OrderCancelledV2 annotated @EventType(value = \"OrderCancelled\", version = 2)"));
    }

    @Test
    void reportsAFieldThatChangedType() {
        List<String> problems = checkAgainstTampered("OrderAccepted@1", "  prepMinutes: int", "  prepMinutes: long");

        assertThat(problems)
                .singleElement()
                .asString()
                .contains("field 'prepMinutes' changed type from long to int")
                .contains("make a new version instead");
    }

    @Test
    void reportsAChangeInsideANestedValueRecord() {
        List<String> problems =
                checkAgainstTampered("OrderPlaced@1", "        amountMinor: long", "        amountMinorUnits: long");

        assertThat(problems)
                .singleElement()
                .asString()
                .contains("field 'lines.options.priceDelta.amountMinorUnits' (long) was removed or renamed");
    }

    @Test
    void reportsARemovedField() {
        Contract published = withExtraField(find("TicketReady@1"), "  station: String\n");

        assertThat(EventContracts.incompatibilities(published, find("TicketReady@1")))
                .containsExactly("field 'station' (String) was removed or renamed");
    }

    @Test
    void reportsANewFieldThatIsNotNullable() {
        // the snapshot does not know restaurantId yet; the code has it, but as a required field
        Contract published = without(find("TicketReady@1"), "restaurantId");

        assertThat(EventContracts.incompatibilities(published, find("TicketReady@1")))
                .containsExactly("new field 'restaurantId' is not @Nullable: records already in the topic do not have "
                        + "it, so it must be optional");
    }

    @Test
    void acceptsANewNullableFieldAtTheEndButAsksToRecordIt() {
        Contract current = find("ReviewPublished@1");
        Contract published = without(current, "riderRatingCount");

        Report report = EventContracts.check(Map.of(published.key(), published), List.of(current));

        assertThat(report.incompatible()).isEmpty();
        assertThat(report.changedCompatibly()).containsExactly(current);
    }

    @Test
    void reportsANewNullableFieldInsertedBetweenPublishedFields() {
        Contract published = without(find("ReviewPublished@1"), "comment");

        assertThat(EventContracts.incompatibilities(published, find("ReviewPublished@1")))
                .singleElement()
                .asString()
                .contains("were reordered or a field was inserted among them")
                .contains("add new fields at the end");
    }

    @Test
    void reportsAFieldThatBecameNullable() {
        List<String> problems = checkAgainstTampered(
                "OrderCancelled@1", "  cancelledByUserId: @Nullable UUID", "  cancelledByUserId: UUID");

        assertThat(problems).singleElement().asString().contains("field 'cancelledByUserId' became @Nullable");
    }

    @Test
    void reportsARemovedEnumConstantButAcceptsANewOne() {
        Contract current = find("TicketRejected@1");
        String renderedReason = "  reason: TicketRejected.Reason [TIMEOUT, ITEM_UNAVAILABLE, TOO_BUSY, CLOSED, OTHER]";
        Contract withRetiredConstant = tampered(current, renderedReason, renderedReason.replace("]", ", FIRE_ALARM]"));
        Contract beforeClosedExisted = tampered(current, renderedReason, renderedReason.replace(" CLOSED,", ""));

        assertThat(EventContracts.incompatibilities(withRetiredConstant, current))
                .containsExactly("enum 'reason' lost constants [FIRE_ALARM] (records in the topic use them)");
        assertThat(EventContracts.incompatibilities(beforeClosedExisted, current))
                .isEmpty();
    }

    @Test
    void reportsAnEventThatMovedTopic() {
        List<String> problems = checkAgainstTampered(
                "TicketReady@1", "TicketReady@1 platter.kitchen.v1", "TicketReady@1 platter.orders.v1");

        assertThat(problems)
                .singleElement()
                .asString()
                .contains("it moved from topic platter.orders.v1 to platter.kitchen.v1");
    }

    @Test
    void reportsAPublishedEventThatLeftTheCatalog() {
        Contract retired = new Contract(
                "OrderTeleported", 1, Topics.ORDERS, find("OrderPlaced@1").fields());

        Report report = EventContracts.check(Map.of(retired.key(), retired), current);

        assertThat(report.incompatible())
                .singleElement()
                .asString()
                .contains("OrderTeleported@1 is in src/test/resources/event-contracts.txt but no longer in the "
                        + "EventCatalog")
                .contains("make a new version instead");
    }

    @Test
    void listsEveryEventMissingFromTheSnapshotWithItsBlock() {
        Map<String, Contract> snapshotWithoutOrderPlaced = new LinkedHashMap<>(EventContracts.readSnapshot());
        snapshotWithoutOrderPlaced.remove("OrderPlaced@1");

        Report report = EventContracts.check(snapshotWithoutOrderPlaced, current);

        assertThat(report.missing()).containsExactly(find("OrderPlaced@1"));
        assertThat(blocks(report.missing())).startsWith("OrderPlaced@1 platter.orders.v1\n  eventId: UUID\n");
    }

    @Test
    void refusesAMalformedSnapshot() {
        assertThatThrownBy(() -> EventContracts.parse("  eventId: UUID\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside any event block");
        assertThatThrownBy(() -> EventContracts.parse("OrderPlaced@1 platter.orders.v1\n      eventId: UUID\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("indented too deep");
    }

    // --- helpers
    // -------------------------------------------------------------------------------------------------------

    private Contract find(String key) {
        return EventContracts.find(current, key);
    }

    /**
     * Checks the current code against a snapshot in which the block of {@code key} had {@code publishedLine} where the
     * code now renders {@code currentLine}: as if the record had been edited after publication.
     */
    private List<String> checkAgainstTampered(String key, String currentLine, String publishedLine) {
        Contract published = tampered(find(key), currentLine, publishedLine);
        return EventContracts.check(Map.of(key, published), List.of(find(key))).incompatible();
    }

    /** The contract with its one rendered line {@code line} replaced. */
    private static Contract tampered(Contract contract, String line, String replacement) {
        List<String> lines = List.of(EventContracts.render(contract).split("\n"));
        assertThat(lines).as("the block of %s", contract.key()).containsOnlyOnce(line);
        String block =
                lines.stream().map(l -> l.equals(line) ? replacement : l).collect(Collectors.joining("\n", "", "\n"));
        return only(EventContracts.parse(block));
    }

    private static Contract withExtraField(Contract contract, String fieldLines) {
        return only(EventContracts.parse(EventContracts.render(contract) + fieldLines));
    }

    private static Contract without(Contract contract, String field) {
        return new Contract(
                contract.type(),
                contract.version(),
                contract.topic(),
                contract.fields().stream().filter(f -> !f.name().equals(field)).toList());
    }

    private static Contract only(Map<String, Contract> contracts) {
        assertThat(contracts).hasSize(1);
        return contracts.values().iterator().next();
    }

    private static String blocks(List<Contract> contracts) {
        return contracts.stream().map(EventContracts::render).collect(Collectors.joining("\n"));
    }
}
