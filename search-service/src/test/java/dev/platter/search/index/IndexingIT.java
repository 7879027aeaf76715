package dev.platter.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.platform.events.restaurant.RestaurantAvailabilityChanged;
import dev.platter.platform.test.TestEvents;
import dev.platter.search.SearchServiceIT;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Restaurant events reach the index once each, in order per restaurant: an older event never undoes a newer one. */
class IndexingIT extends SearchServiceIT {

    @Test
    void anOlderProfileArrivingLateDoesNotReplaceTheNewerOne() throws Exception {
        var at = somewhere();
        var id = UUID.randomUUID();
        var tag = "Kesari" + Math.abs(id.getLeastSignificantBits() % 100000);
        publishAndIndex(
                restaurant(id, 2, tag + " Bhavan", List.of("South Indian"), at, 5000, 20, allDay(), true),
                restaurant(id, 1, tag + " Old Name", List.of("South Indian"), at, 5000, 20, allDay(), true));

        var found = ok("/api/v1/search/restaurants?q=" + tag + near(at));
        assertThat(names(found)).containsExactly(tag + " Bhavan");
    }

    @Test
    void menusApplyByVersionAndARedeliveredEventChangesNothing() throws Exception {
        var at = somewhere();
        var id = UUID.randomUUID();
        var newer = menu(id, 2, dish("Dal Tadka", 18000, true));
        publishAndIndex(
                restaurant(id, "Tadka Junction", List.of("North Indian"), at, 5000),
                newer,
                menu(id, 1, dish("Paneer Pasanda", 26000, true)));
        TestEvents.publish(newer); // the same record again, as Kafka may redeliver it
        awaitHandled(newer);
        awaitIndexed();

        var dal = ok("/api/v1/search/dishes?q=dal" + near(at));
        assertThat(dal.get("items")).hasSize(1);
        assertThat(dal.get("items").get(0).get("dish").get("name").asString()).isEqualTo("Dal Tadka");
        assertThat(ok("/api/v1/search/dishes?q=pasanda" + near(at)).get("items"))
                .as("the older menu was superseded")
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform_inbox where event_id = ?", Integer.class, newer.eventId()))
                .isEqualTo(1);
    }

    @Test
    void aPauseIsNotUndoneByAnOlderResumeAndRatingsOnlyGrow() throws Exception {
        var at = somewhere();
        var id = UUID.randomUUID();
        publishAndIndex(
                restaurant(id, "Pause Cafe", List.of("Cafe"), at, 5000),
                new RestaurantAvailabilityChanged(
                        UUID.randomUUID(),
                        Instant.now(),
                        id,
                        3,
                        false,
                        RestaurantAvailabilityChanged.Reason.TOO_BUSY,
                        null),
                new RestaurantAvailabilityChanged(UUID.randomUUID(), Instant.now(), id, 2, true, null, null),
                rating(id, 4.5, 10),
                rating(id, 2.0, 4));

        var all = ok("/api/v1/search/restaurants?q=pause" + near(at));
        assertThat(names(all)).containsExactly("Pause Cafe");
        var cafe = all.get("items").get(0);
        assertThat(cafe.get("openNow").asBoolean()).isFalse();
        assertThat(cafe.get("rating").get("average").asDouble()).isEqualTo(4.5);
        assertThat(cafe.get("rating").get("count").asInt()).isEqualTo(10);
        assertThat(ok("/api/v1/search/restaurants?q=pause&openNow=true" + near(at))
                        .get("items"))
                .isEmpty();
    }

    @Test
    void anUnpublishedRestaurantLeavesResultsAndSuggestions() throws Exception {
        var at = somewhere();
        var id = UUID.randomUUID();
        var name = "Zanzibar" + Math.abs(id.getMostSignificantBits() % 100000) + " Grill";
        publishAndIndex(restaurant(id, 1, name, List.of("African"), at, 5000, 20, allDay(), true));
        assertThat(names(ok("/api/v1/search/restaurants?q=" + encode(name) + near(at))))
                .containsExactly(name);

        publishAndIndex(restaurant(id, 2, name, List.of("African"), at, 5000, 20, allDay(), false));
        assertThat(ok("/api/v1/search/restaurants?q=" + encode(name) + near(at)).get("items"))
                .isEmpty();
        assertThat(ok("/api/v1/search/suggest?prefix=" + encode(name.substring(0, 12)))
                        .get("restaurants"))
                .isEmpty();
    }

    @Test
    void aMenuBeforeItsRestaurantIsKeptAndShownOnceTheProfileArrives() throws Exception {
        var at = somewhere();
        var id = UUID.randomUUID();
        publishAndIndex(menu(id, 1, dish("Kothu Parotta", 16000, false)));
        assertThat(ok("/api/v1/search/dishes?q=kothu" + near(at)).get("items")).isEmpty();

        publishAndIndex(restaurant(id, "Parotta Point", List.of("South Indian"), at, 5000));
        var dishes = ok("/api/v1/search/dishes?q=kothu" + near(at));
        assertThat(dishes.get("items")).hasSize(1);
        assertThat(dishes.get("items").get(0).get("restaurantName").asString()).isEqualTo("Parotta Point");
    }
}
