package dev.platter.restaurant.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platter.platform.web.problem.NotFoundException;
import dev.platter.restaurant.config.Amount;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MenuTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final Instant MIDNIGHT = Instant.parse("2026-12-02T18:30:00Z"); // 00:00 in Kolkata

    private static ItemDetails paneerTikka(long priceMinor, String currency) {
        return new ItemDetails(
                "Paneer Tikka",
                "Charred in the tandoor",
                new Amount(priceMinor, currency),
                Diet.VEG,
                Set.of(Allergen.DAIRY),
                null,
                null,
                List.of(new ItemDetails.OptionGroupDetails(
                        null,
                        "Spice",
                        1,
                        1,
                        List.of(
                                new ItemDetails.OptionDetails(null, "Mild", new ItemDetails.Delta(0, currency), null),
                                new ItemDetails.OptionDetails(
                                        null, "Hot", new ItemDetails.Delta(0, currency), null)))));
    }

    private static Menu menuWithPaneer() {
        var menu = new Menu(UUID.randomUUID(), NOW);
        var starters = menu.addCategory("Starters", NOW);
        menu.addItem(starters.id(), paneerTikka(24900, "INR"), "INR", NOW);
        return menu;
    }

    private static MenuDocument.Item onlyItem(Menu menu) {
        return menu.document().categories().get(0).items().get(0);
    }

    @Test
    void everyChangeBumpsTheVersionAndAnnouncesTheFullSnapshot() {
        var menu = menuWithPaneer();
        var changed = menu.changed("INR", NOW);

        assertThat(menu.revision()).isEqualTo(2);
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.categories().get(0).items().get(0).name()).isEqualTo("Paneer Tikka");
        assertThat(changed.categories().get(0).items().get(0).dietaryTags())
                .containsExactly(dev.platter.platform.events.restaurant.MenuChanged.DietaryTag.VEGETARIAN);
    }

    @Test
    void refusesPricesInAnotherCurrency() {
        var menu = new Menu(UUID.randomUUID(), NOW);
        var starters = menu.addCategory("Starters", NOW);

        assertThatThrownBy(() -> menu.addItem(starters.id(), paneerTikka(300, "USD"), "INR", NOW))
                .isInstanceOf(PriceCurrencyMismatch.class);
        assertThat(menu.document().itemCount()).isZero();
    }

    @Test
    void anItemSoldOutTodayComesBackAtMidnight() {
        var menu = menuWithPaneer();
        var item = onlyItem(menu);
        menu.setAvailability(item.id(), true, MIDNIGHT, NOW);

        assertThat(onlyItem(menu).availableAt(NOW)).isFalse();
        assertThat(menu.nextRestock()).contains(MIDNIGHT);
        assertThat(menu.restock(NOW.plusSeconds(60))).as("not yet midnight").isFalse();

        var revision = menu.revision();
        assertThat(menu.restock(MIDNIGHT)).isTrue();
        assertThat(onlyItem(menu).availableAt(MIDNIGHT)).isTrue();
        assertThat(onlyItem(menu).soldOutUntil()).isNull();
        assertThat(menu.nextRestock()).isEmpty();
        assertThat(menu.revision()).isEqualTo(revision + 1);
    }

    @Test
    void anItemTakenOffTheMenuStaysOffUntilMarkedAvailable() {
        var menu = menuWithPaneer();
        var item = onlyItem(menu);
        menu.setAvailability(item.id(), false, null, NOW);

        assertThat(menu.restock(MIDNIGHT)).isFalse();
        assertThat(onlyItem(menu).availableAt(MIDNIGHT)).isFalse();
        menu.setAvailability(item.id(), true, null, NOW);
        assertThat(onlyItem(menu).availableAt(NOW)).isTrue();
    }

    @Test
    void reordersCategoriesOnlyByAFullPermutation() {
        var menu = new Menu(UUID.randomUUID(), NOW);
        var starters = menu.addCategory("Starters", NOW);
        var mains = menu.addCategory("Mains", NOW);

        menu.reorderCategories(List.of(mains.id(), starters.id()), NOW);
        assertThat(menu.document().categories())
                .extracting(MenuDocument.Category::name)
                .containsExactly("Mains", "Starters");
        assertThatThrownBy(() -> menu.reorderCategories(List.of(mains.id()), NOW))
                .isInstanceOf(CategoryOrderMismatch.class);
        assertThatThrownBy(() -> menu.reorderCategories(List.of(mains.id(), mains.id()), NOW))
                .isInstanceOf(CategoryOrderMismatch.class);
    }

    @Test
    void anItemOrCategoryOfAnotherMenuIsNotFound() {
        var menu = menuWithPaneer();

        assertThatThrownBy(() -> menu.removeItem(UUID.randomUUID(), NOW)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> menu.addItem(UUID.randomUUID(), paneerTikka(100, "INR"), "INR", NOW))
                .isInstanceOf(NotFoundException.class);
    }
}
