package dev.platter.restaurant.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.platform.events.Money;
import dev.platter.restaurant.menu.Diet;
import dev.platter.restaurant.menu.MenuDocument;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QuotePricingTest {

    private static final Instant NOW = Instant.parse("2026-12-02T07:00:00Z");

    private static final MenuDocument.Option SMALL = option("Small", 0, true);
    private static final MenuDocument.Option MEDIUM = option("Medium", 8000, true);
    private static final MenuDocument.Option LARGE = option("Large", 16000, true);
    private static final MenuDocument.Option OLIVES = option("Olives", 4000, true);
    private static final MenuDocument.Option PANEER = option("Paneer", 6000, true);
    private static final MenuDocument.Option TRUFFLE = option("Truffle", 25000, false);
    private static final MenuDocument.Option THIN = option("Thin", 0, true);
    private static final MenuDocument.Option CHEESE_BURST = option("Cheese burst", 9900, true);

    private static final MenuDocument.OptionGroup SIZE = group("Size", 1, 1, SMALL, MEDIUM, LARGE);
    private static final MenuDocument.OptionGroup TOPPINGS = group("Extra toppings", 0, 2, OLIVES, PANEER, TRUFFLE);
    private static final MenuDocument.OptionGroup CRUST = group("Crust", 1, 1, THIN, CHEESE_BURST);

    private static final MenuDocument.Item MARGHERITA = new MenuDocument.Item(
            UUID.randomUUID(),
            "Margherita",
            null,
            inr(29900),
            Diet.VEG,
            Set.of(),
            null,
            true,
            null,
            List.of(SIZE, TOPPINGS, CRUST));

    private static final MenuDocument.Item SOLD_OUT_BIRYANI = new MenuDocument.Item(
            UUID.randomUUID(),
            "Hyderabadi Biryani",
            null,
            inr(34900),
            Diet.NON_VEG,
            Set.of(),
            null,
            true,
            NOW.plusSeconds(3600),
            List.of());

    private static final MenuDocument.Item WITHDRAWN_LASSI = new MenuDocument.Item(
            UUID.randomUUID(), "Mango Lassi", null, inr(9900), Diet.VEG, Set.of(), null, false, null, List.of());

    private static final MenuDocument MENU = new MenuDocument(List.of(new MenuDocument.Category(
            UUID.randomUUID(), "Mains", List.of(MARGHERITA, SOLD_OUT_BIRYANI, WITHDRAWN_LASSI))));

    private static Money inr(long minor) {
        return Money.of(minor, "INR");
    }

    private static MenuDocument.Option option(String name, long delta, boolean available) {
        return new MenuDocument.Option(UUID.randomUUID(), name, inr(delta), available);
    }

    private static MenuDocument.OptionGroup group(String name, int min, int max, MenuDocument.Option... options) {
        return new MenuDocument.OptionGroup(UUID.randomUUID(), name, min, max, List.of(options));
    }

    private static Quote.QuotedLine price(MenuDocument.Item item, int quantity, MenuDocument.Option... options) {
        var ids = java.util.Arrays.stream(options).map(MenuDocument.Option::id).toList();
        return QuoteService.price(new QuoteRequest.Line(item.id(), quantity, ids), MENU, "INR", NOW);
    }

    @Test
    void pricesALineFromTheMenuWithItsOptionsTimesTheQuantity() {
        var line = price(MARGHERITA, 2, LARGE, OLIVES, PANEER, CHEESE_BURST);

        assertThat(line.available()).isTrue();
        assertThat(line.unavailable()).isNull();
        assertThat(line.unitPrice()).isEqualTo(inr(29900));
        // (299 + 160 + 40 + 60 + 99) x 2
        assertThat(line.lineTotal()).isEqualTo(inr(131600));
        assertThat(line.options())
                .extracting(Quote.QuotedOption::groupName, Quote.QuotedOption::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Size", "Large"),
                        org.assertj.core.groups.Tuple.tuple("Extra toppings", "Olives"),
                        org.assertj.core.groups.Tuple.tuple("Extra toppings", "Paneer"),
                        org.assertj.core.groups.Tuple.tuple("Crust", "Cheese burst"));
    }

    @Test
    void aRequiredGroupLeftOutBreaksTheRule() {
        var line = price(MARGHERITA, 1, THIN);

        assertThat(line.available()).isFalse();
        assertThat(line.unavailable().reason()).isEqualTo(Quote.Reason.OPTION_RULE_BROKEN);
        assertThat(line.unavailable().detail()).contains("Size");
    }

    @Test
    void twoChoicesInAPickExactlyOneGroupBreakTheRule() {
        var line = price(MARGHERITA, 1, SMALL, MEDIUM, THIN);

        assertThat(line.unavailable().reason()).isEqualTo(Quote.Reason.OPTION_RULE_BROKEN);
        assertThat(line.unavailable().detail()).contains("Size", "at most 1");
    }

    @Test
    void moreToppingsThanTheGroupAllowsBreakTheRule() {
        var line = price(MARGHERITA, 1, SMALL, THIN, OLIVES, PANEER, option("Stranger", 0, true));

        assertThat(line.unavailable().reason()).isEqualTo(Quote.Reason.OPTION_UNKNOWN);
        var tooMany = QuoteService.price(
                new QuoteRequest.Line(
                        MARGHERITA.id(), 1, List.of(SMALL.id(), THIN.id(), OLIVES.id(), PANEER.id(), TRUFFLE.id())),
                MENU,
                "INR",
                NOW);
        assertThat(tooMany.available()).isFalse();
        assertThat(tooMany.unavailable().reason()).isIn(Quote.Reason.OPTION_SOLD_OUT, Quote.Reason.OPTION_RULE_BROKEN);
    }

    @Test
    void theSameOptionTwiceBreaksTheRule() {
        var line = price(MARGHERITA, 1, SMALL, THIN, OLIVES, OLIVES);

        assertThat(line.unavailable().reason()).isEqualTo(Quote.Reason.OPTION_RULE_BROKEN);
        assertThat(line.unavailable().detail()).contains("more than once");
    }

    @Test
    void anOptionFromAnotherItemIsUnknown() {
        var line = price(MARGHERITA, 1, SMALL, THIN, option("Raita", 3000, true));

        assertThat(line.unavailable().reason()).isEqualTo(Quote.Reason.OPTION_UNKNOWN);
    }

    @Test
    void anOptionThatRanOutMakesTheLineUnavailable() {
        var line = price(MARGHERITA, 1, SMALL, THIN, TRUFFLE);

        assertThat(line.unavailable().reason()).isEqualTo(Quote.Reason.OPTION_SOLD_OUT);
        assertThat(line.unavailable().detail()).contains("Truffle");
    }

    @Test
    void anItemSoldOutTodayOrWithdrawnIsUnavailableWithItsReason() {
        var biryani = price(SOLD_OUT_BIRYANI, 1);
        var lassi = price(WITHDRAWN_LASSI, 1);

        assertThat(biryani.unavailable().reason()).isEqualTo(Quote.Reason.ITEM_SOLD_OUT);
        assertThat(biryani.unavailable().detail()).contains("sold out today");
        assertThat(biryani.lineTotal()).as("still priced, for the app to show").isEqualTo(inr(34900));
        assertThat(lassi.unavailable().reason()).isEqualTo(Quote.Reason.ITEM_SOLD_OUT);
        assertThat(lassi.unavailable().detail()).contains("not available");
    }

    @Test
    void anItemSoldOutUntilEarlierTodayIsBack() {
        var line = QuoteService.price(
                new QuoteRequest.Line(SOLD_OUT_BIRYANI.id(), 1, List.of()), MENU, "INR", NOW.plusSeconds(3600));

        assertThat(line.available()).isTrue();
    }

    @Test
    void anItemNotOnTheMenuIsUnknownAndUnpriced() {
        var line = QuoteService.price(new QuoteRequest.Line(UUID.randomUUID(), 1, List.of()), MENU, "INR", NOW);

        assertThat(line.available()).isFalse();
        assertThat(line.unavailable().reason()).isEqualTo(Quote.Reason.ITEM_UNKNOWN);
        assertThat(line.lineTotal()).isNull();
    }
}
