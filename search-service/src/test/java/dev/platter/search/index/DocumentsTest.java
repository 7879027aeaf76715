package dev.platter.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platter.search.catalogue.Dish;
import dev.platter.search.catalogue.Profile;
import java.net.ConnectException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class DocumentsTest {

    private static Profile.Period period(DayOfWeek day, String opens, String closes) {
        return new Profile.Period(day, LocalTime.parse(opens), LocalTime.parse(closes));
    }

    @Test
    void openingHoursBecomeMinutesOfTheWeekAndOvernightPeriodsEndTheNextDay() {
        assertThat(Documents.openMinutes(List.of(period(DayOfWeek.MONDAY, "09:00", "17:30"))))
                .containsExactly(Map.of("gte", 540, "lt", 1050));
        assertThat(Documents.openMinutes(List.of(period(DayOfWeek.FRIDAY, "18:00", "02:00"))))
                .containsExactly(Map.of("gte", 4 * 1440 + 1080, "lt", 5 * 1440 + 120));
        assertThat(Documents.openMinutes(List.of(period(DayOfWeek.TUESDAY, "00:00", "00:00"))))
                .as("midnight to midnight is the whole day")
                .containsExactly(Map.of("gte", 1440, "lt", 2880));
    }

    @Test
    void aSundayNightPeriodWrapsToMondayMorning() {
        assertThat(Documents.openMinutes(List.of(period(DayOfWeek.SUNDAY, "22:00", "01:00"))))
                .containsExactly(Map.of("gte", 6 * 1440 + 1320, "lt", 10080), Map.of("gte", 0, "lt", 60));
    }

    private static Dish dish(long priceMinor, boolean available) {
        return Dish.of(UUID.randomUUID(), "Dish", null, "Mains", priceMinor, available, List.of(), null);
    }

    @Test
    void thePriceLevelIsTheMedianAvailableDishPriceInBands() {
        assertThat(PriceLevel.of(List.of())).isZero();
        assertThat(PriceLevel.of(List.of(dish(15_000, true), dish(90_000, false))))
                .isEqualTo(1);
        assertThat(PriceLevel.of(List.of(dish(15_000, true), dish(35_000, true), dish(39_000, true))))
                .isEqualTo(2);
        assertThat(PriceLevel.of(List.of(dish(60_000, true)))).isEqualTo(3);
        assertThat(PriceLevel.of(List.of(dish(70_001, true)))).isEqualTo(4);
    }

    @Test
    void dietaryTagsMakeADishVegetarianOrVegan() {
        var paneer = Dish.of(UUID.randomUUID(), "Paneer", null, "Mains", 1, true, List.of("VEGETARIAN"), null);
        var tofu = Dish.of(UUID.randomUUID(), "Tofu", null, "Mains", 1, true, List.of("VEGAN"), null);
        var chicken = Dish.of(UUID.randomUUID(), "Chicken", null, "Mains", 1, true, List.of("SPICY"), null);
        assertThat(paneer.veg()).isTrue();
        assertThat(paneer.vegan()).isFalse();
        assertThat(tofu.veg()).isTrue();
        assertThat(tofu.vegan()).isTrue();
        assertThat(chicken.veg()).isFalse();
        assertThat(chicken.tags()).containsExactly("spicy");
    }

    @Test
    void everyWayOfNotReachingElasticsearchIsSearchUnavailable() {
        assertThatThrownBy(() -> SearchIndex.call(() -> {
                    throw new ConnectException("refused");
                }))
                .isInstanceOf(SearchUnavailable.class);
        assertThatThrownBy(() -> SearchIndex.call(() -> {
                    throw new RuntimeException(
                            "error while performing request",
                            new TimeoutException("Connection lease request time out"));
                }))
                .isInstanceOf(SearchUnavailable.class);
        assertThatThrownBy(() -> SearchIndex.call(() -> {
                    throw new IllegalStateException("a bug of ours");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(SearchIndex.call(() -> "answer")).isEqualTo("answer");
    }

    @Test
    void theMappingVersionIsReadFromTheIndexName() {
        assertThat(SearchIndex.mappingVersionOf("r2612031200ab12-restaurants-v1-0"))
                .isEqualTo(1);
        assertThat(SearchIndex.mappingVersionOf("restaurants-v12-1796301840255"))
                .isEqualTo(12);
        assertThat(SearchIndex.mappingVersionOf("restaurants")).isZero();
    }
}
