package dev.platter.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.platform.events.restaurant.RestaurantUpserted;
import dev.platter.search.SearchServiceIT;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every filter and sort of the restaurant search, geo correctness, matched dishes, dishes near me, suggestions. */
class SearchIT extends SearchServiceIT {

    @Test
    void aRestaurantWhoseRadiusDoesNotReachMeNeverAppears() throws Exception {
        var me = somewhere();
        var reaches = UUID.randomUUID();
        var tooFar = UUID.randomUUID();
        var farButWide = UUID.randomUUID();
        publishAndIndex(
                restaurant(reaches, "Near Dhaba", List.of("Punjabi"), north(me, 2_500), 3_000),
                restaurant(tooFar, "Short Reach Dhaba", List.of("Punjabi"), north(me, 2_500), 2_400),
                restaurant(farButWide, "Wide Reach Dhaba", List.of("Punjabi"), north(me, 9_000), 9_100));

        var found = ok("/api/v1/search/restaurants?q=dhaba&sort=DISTANCE" + near(me));
        assertThat(names(found)).containsExactly("Near Dhaba", "Wide Reach Dhaba");
        assertThat(found.get("items").get(0).get("distanceMetres").asLong()).isBetween(2_450L, 2_550L);
        // without the delivery filter every dhaba of the index comes, nearest first (other tests' ones are far away)
        assertThat(names(ok(
                        "/api/v1/search/restaurants?q=dhaba&deliverableOnly=false&sort=DISTANCE&size=100" + near(me))))
                .startsWith("Near Dhaba", "Short Reach Dhaba", "Wide Reach Dhaba");
    }

    @Test
    void filtersByCuisineVegRatingPriceAndOpenNow() throws Exception {
        var me = somewhere();
        var veg = UUID.randomUUID();
        var mixed = UUID.randomUUID();
        var closed = UUID.randomUUID();
        var kolkataNow = ZonedDateTime.now(ZoneId.of("Asia/Kolkata"));
        var otherDay = kolkataNow.getDayOfWeek().plus(3);
        publishAndIndex(
                restaurant(veg, "Annapoorna Meals", List.of("South Indian"), north(me, 500), 5_000),
                menu(veg, 1, dish("Curd Rice", 9_000, true), dish("Lemon Rice", 11_000, true)),
                rating(veg, 4.6, 20),
                restaurant(mixed, "Military Hotel Meals", List.of("Chettinad"), north(me, 800), 5_000),
                menu(mixed, 1, dish("Mutton Meals", 45_000, false), dish("Veg Meals", 42_000, true)),
                rating(mixed, 3.9, 12),
                restaurant(
                        closed,
                        1,
                        "Night Owl Meals",
                        List.of("South Indian"),
                        north(me, 300),
                        5_000,
                        20,
                        List.of(new RestaurantUpserted.OpeningHours(otherDay, LocalTime.of(9, 0), LocalTime.of(10, 0))),
                        true));

        var base = "/api/v1/search/restaurants?q=meals" + near(me);
        assertThat(names(ok(base)))
                .containsExactlyInAnyOrder("Annapoorna Meals", "Military Hotel Meals", "Night Owl Meals");
        assertThat(names(ok(base + "&cuisine=chettinad"))).containsExactly("Military Hotel Meals");
        assertThat(names(ok(base + "&vegOnly=true"))).containsExactly("Annapoorna Meals");
        assertThat(names(ok(base + "&minRating=4.5"))).containsExactly("Annapoorna Meals");
        assertThat(names(ok(base + "&priceLevel=3"))).containsExactly("Military Hotel Meals");
        assertThat(names(ok(base + "&priceLevel=1&priceLevel=2"))).containsExactly("Annapoorna Meals");
        assertThat(names(ok(base + "&openNow=true")))
                .containsExactlyInAnyOrder("Annapoorna Meals", "Military Hotel Meals");
        var night = ok(base + "&sort=DISTANCE").get("items").get(0);
        assertThat(night.get("name").asString()).isEqualTo("Night Owl Meals");
        assertThat(night.get("openNow").asBoolean()).isFalse();
        assertThat(DayOfWeek.from(kolkataNow)).isNotEqualTo(otherDay);
    }

    @Test
    void sortsByRatingDistanceAndDeliveryTimeAndShowsTheDishesThatMatched() throws Exception {
        var me = somewhere();
        var slowNear = UUID.randomUUID();
        var fastFar = UUID.randomUUID();
        var best = UUID.randomUUID();
        publishAndIndex(
                restaurant(
                        slowNear, 1, "Slow Biryani Pot", List.of("Biryani"), north(me, 500), 5_000, 60, allDay(), true),
                menu(slowNear, 1, dish("Chicken Dum Biryani", 30_000, false), dish("Raita", 5_000, true)),
                rating(slowNear, 4.0, 5),
                restaurant(
                        fastFar,
                        1,
                        "Quick Biryani Box",
                        List.of("Biryani"),
                        north(me, 3_000),
                        5_000,
                        10,
                        allDay(),
                        true),
                menu(fastFar, 1, dish("Egg Biryani", 20_000, false)),
                rating(fastFar, 3.5, 5),
                restaurant(best, 1, "Royal Kitchen", List.of("Mughlai"), north(me, 4_000), 5_000, 30, allDay(), true),
                menu(best, 1, dish("Mutton Biryani", 40_000, false), dish("Sheermal", 6_000, true)),
                rating(best, 4.9, 50));

        var base = "/api/v1/search/restaurants?q=biryani" + near(me);
        assertThat(names(ok(base + "&sort=RATING")))
                .containsExactly("Royal Kitchen", "Slow Biryani Pot", "Quick Biryani Box");
        assertThat(names(ok(base + "&sort=DISTANCE")))
                .containsExactly("Slow Biryani Pot", "Quick Biryani Box", "Royal Kitchen");
        var byTime = ok(base + "&sort=DELIVERY_TIME");
        assertThat(names(byTime)).containsExactly("Quick Biryani Box", "Royal Kitchen", "Slow Biryani Pot");
        assertThat(byTime.get("items").get(0).get("estimatedDeliveryMinutes").asInt())
                .isEqualTo(10 + 10);

        var royal = ok(base + "&sort=RATING").get("items").get(0);
        assertThat(royal.get("matchedDishes")).hasSize(1);
        assertThat(royal.get("matchedDishes").get(0).get("name").asString()).isEqualTo("Mutton Biryani");
        assertThat(royal.get("matchedDishes").get(0).get("priceMinor").asLong()).isEqualTo(40_000);

        var first = ok(base + "&sort=DISTANCE&size=2&page=0");
        var second = ok(base + "&sort=DISTANCE&size=2&page=1");
        assertThat(first.get("totalItems").asLong()).isEqualTo(3);
        assertThat(first.get("totalPages").asInt()).isEqualTo(2);
        assertThat(names(first)).containsExactly("Slow Biryani Pot", "Quick Biryani Box");
        assertThat(names(second)).containsExactly("Royal Kitchen");
    }

    @Test
    void findsDishesNearMeAndForgivesTypos() throws Exception {
        var me = somewhere();
        var dosa = UUID.randomUUID();
        var other = UUID.randomUUID();
        publishAndIndex(
                restaurant(dosa, "Tiffin Centre", List.of("South Indian"), north(me, 1_000), 5_000),
                menu(dosa, 1, dish("Masala Dosa", 12_000, true), dish("Ghee Roast Dosa", 15_000, true)),
                restaurant(other, "Faraway Tiffins", List.of("South Indian"), north(me, 20_000), 5_000),
                menu(other, 1, dish("Masala Dosa", 9_000, true)));

        var dishes = ok("/api/v1/search/dishes?q=masala%20dosa" + near(me));
        assertThat(dishes.get("items").get(0).get("dish").get("name").asString())
                .isEqualTo("Masala Dosa");
        assertThat(dishes.get("items"))
                .allSatisfy(item ->
                        assertThat(item.get("restaurantName").asString()).isEqualTo("Tiffin Centre"));
        assertThat(ok("/api/v1/search/dishes?q=dosa&maxPriceMinor=13000" + near(me))
                        .get("items"))
                .hasSize(1);
        assertThat(names(ok("/api/v1/search/restaurants?q=tiffn%20centr" + near(me))))
                .containsExactly("Tiffin Centre");
    }

    @Test
    void suggestsRestaurantsDishesAndCuisinesAsYouType() throws Exception {
        var me = somewhere();
        var id = UUID.randomUUID();
        var word = "Quokka" + Math.abs(id.getLeastSignificantBits() % 10000);
        publishAndIndex(
                restaurant(id, word + " Diner", List.of(word + "ian"), me, 5_000),
                menu(id, 1, dish(word + " Waffles", 15_000, true)));

        var suggested =
                ok("/api/v1/search/suggest?prefix=" + word.substring(0, 5).toLowerCase());
        assertThat(suggested.get("restaurants").toString()).contains(word + " Diner");
        assertThat(suggested.get("dishes").toString()).contains(word + " Waffles");
        assertThat(suggested.get("cuisines").toString()).contains(word + "ian");
        var typo = ok("/api/v1/search/suggest?prefix=" + "Qoukka".toLowerCase() + word.substring(6));
        assertThat(typo.get("restaurants").toString()).contains(word + " Diner");
    }

    @Test
    void answersAProblemForSearchesThatDoNotGoTogether() throws Exception {
        assertThat(problemType(get("/api/v1/search/restaurants?sort=DISTANCE", null)))
                .isEqualTo("https://platter.dev/problems/validation");
        assertThat(get("/api/v1/search/restaurants?lat=12.9", null).statusCode())
                .isEqualTo(400);
        assertThat(get("/api/v1/search/restaurants?size=500", null).statusCode())
                .isEqualTo(400);
        assertThat(get("/api/v1/search/restaurants?sort=CHEAPEST", null).statusCode())
                .isEqualTo(400);
        assertThat(get("/api/v1/search/restaurants?page=600&size=20", null).statusCode())
                .isEqualTo(400);
        assertThat(get("/api/v1/search/restaurants?lat=100&lon=10", null).statusCode())
                .isEqualTo(400);
        assertThat(get("/api/v1/search/dishes?q=dosa", null).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/search/suggest?prefix=", null).statusCode()).isEqualTo(400);
    }
}
