package dev.platter.analytics.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.analytics.AnalyticsServiceIT;
import dev.platter.analytics.CityDay;
import dev.platter.analytics.OrderStory;
import dev.platter.platform.test.TestEvents;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A known morning fed shuffled and with duplicates: every figure checked exactly against the numbers worked out by
 * hand in {@link CityDay}, for operations and for each owner, who sees only their own restaurant.
 */
class FiguresIT extends AnalyticsServiceIT {

    private static final CityDay DAY = new CityDay(Instant.parse("2021-01-01T00:00:00Z"));
    private static final Person OPS = admin();

    @BeforeAll
    static void feed() {
        DAY.shuffledWithDuplicates(20261203).forEach(TestEvents::publish);
    }

    private JsonNode admin(String path) throws Exception {
        return ok(get("/api/v1/admin/analytics/" + path, OPS.token()), 200);
    }

    private static String city() {
        return URLEncoder.encode(DAY.city, StandardCharsets.UTF_8);
    }

    private JsonNode settledOverview(String query) throws Exception {
        awaitHandled(DAY.events());
        return admin("overview?" + query);
    }

    @Test
    void countsEveryFigureOfTheDayExactlyDespiteDuplicatesAndReordering() throws Exception {
        var overview = settledOverview(DAY.range() + "&city=" + city());
        assertThat(overview.get("scope").asString()).isEqualTo("city:" + DAY.city);

        var orders = overview.get("orders");
        assertThat(orders.get("placed").asLong()).isEqualTo(5);
        assertThat(orders.get("delivered").asLong()).isEqualTo(3);
        assertThat(orders.get("cancelled").asLong()).isEqualTo(1);
        assertThat(orders.get("rejected").asLong()).isEqualTo(1);
        assertThat(orders.get("cancellationRate").asDouble()).isEqualTo(1.0 / 5);
        assertThat(orders.get("rejectionRate").asDouble()).isEqualTo(1.0 / 5);

        var sales = overview.get("sales");
        assertThat(sales).hasSize(1);
        assertThat(sales.get(0).get("currency").asString()).isEqualTo("INR");
        assertThat(sales.get(0).get("gmv").get("amountMinor").asLong()).isEqualTo(122000);
        assertThat(sales.get(0).get("averageOrderValue").get("amountMinor").asLong())
                .as("122000 / 3, rounded half up")
                .isEqualTo(40667);
        assertThat(sales.get(0).get("promoSpend").get("amountMinor").asLong()).isEqualTo(7000);
        assertThat(sales.get(0).get("promoOrders").asLong()).isEqualTo(2);

        var kitchen = overview.get("kitchen");
        assertThat(kitchen.get("accepted").asLong()).isEqualTo(3);
        assertThat(kitchen.get("averageAcceptanceSeconds").asDouble()).isEqualTo(70.0);
        assertThat(kitchen.get("prepared").asLong()).isEqualTo(3);
        assertThat(kitchen.get("averagePrepMinutes").asDouble()).isEqualTo(46.0 / 3);
        assertThat(kitchen.get("averagePromisedPrepMinutes").asDouble()).isEqualTo(15.0);
        assertThat(kitchen.get("preparedLate").asLong()).isEqualTo(1);

        var delivery = overview.get("delivery");
        assertThat(delivery.get("averageMinutes").asDouble()).isEqualTo(140.0 / 3);
        assertThat(delivery.get("p50Minutes").asInt()).isEqualTo(45);
        assertThat(delivery.get("p90Minutes").asInt()).isEqualTo(60);
        assertThat(delivery.get("dispatched").asLong()).isEqualTo(3);
        assertThat(delivery.get("averageDispatchSeconds").asDouble()).isEqualTo(70.0);
        assertThat(delivery.get("withEta").asLong()).isEqualTo(3);
        assertThat(delivery.get("late").asLong()).isEqualTo(2);
        assertThat(delivery.get("lateRate").asDouble()).isEqualTo(2.0 / 3);

        var payments = overview.get("payments");
        assertThat(payments.get("authorized").asLong()).isEqualTo(5);
        assertThat(payments.get("failed").asLong()).isEqualTo(1);
        assertThat(payments.get("failureRate").asDouble()).isEqualTo(1.0 / 6);
        assertThat(overview.get("riders").isNull())
                .as("riders belong to no city")
                .isTrue();

        var platform = settledOverview(DAY.range());
        assertThat(platform.get("scope").asString()).isEqualTo("platform");
        assertThat(platform.get("orders")).isEqualTo(orders);
        assertThat(platform.get("sales")).isEqualTo(sales);
        assertThat(platform.get("delivery")).isEqualTo(delivery);
        var riders = platform.get("riders");
        assertThat(riders.get("onlineMinutes").asDouble()).isEqualTo(230.0);
        assertThat(riders.get("busyMinutes").asDouble()).isEqualTo(133.0);
        assertThat(riders.get("utilisation").asDouble()).isEqualTo(133.0 / 230);
    }

    @Test
    void answersARangeOfMinutesAndHoursFromTheSameRollups() throws Exception {
        settledOverview(DAY.range());
        // 10:01 to 12:01: minutes, a whole hour, a minute: the second minute's and third minute's orders only
        var overview = admin("overview?from=" + DAY.at(1, 0) + "&to=" + DAY.at(121, 0) + "&city=" + city());
        assertThat(overview.get("orders").get("placed").asLong()).isEqualTo(3);
        assertThat(overview.get("orders").get("cancelled").asLong()).isEqualTo(1);
        assertThat(overview.get("orders").get("rejected").asLong()).isEqualTo(1);
        assertThat(overview.get("sales").get(0).get("gmv").get("amountMinor").asLong())
                .isEqualTo(42000);
        assertThat(overview.get("delivery").get("p50Minutes").asInt()).isEqualTo(60);

        var series = admin("orders-per-minute?from=" + DAY.at(0, 0) + "&to=" + DAY.at(5, 0) + "&city=" + city());
        var minutes = new ArrayList<String>();
        for (var minute : series.get("minutes")) {
            minutes.add(
                    minute.get("minute").asString() + " " + minute.get("placed").asLong() + "/"
                            + minute.get("delivered").asLong() + "/"
                            + minute.get("cancelled").asLong() + "/"
                            + minute.get("rejected").asLong());
        }
        assertThat(minutes)
                .containsExactly(
                        DAY.at(0, 0) + " 2/2/0/0",
                        DAY.at(1, 0) + " 2/0/1/1",
                        DAY.at(2, 0) + " 1/1/0/0",
                        DAY.at(3, 0) + " 0/0/0/0",
                        DAY.at(4, 0) + " 0/0/0/0");
    }

    @Test
    void ranksRestaurantsAndListsThoseWithHighRejectionOrLateRates() throws Exception {
        settledOverview(DAY.range());
        var top = admin("restaurants/top?" + DAY.range() + "&city=" + city()).get("restaurants");
        assertThat(top).hasSize(2);
        var spiceGarden = top.get(0);
        assertThat(spiceGarden.get("restaurantId").asString()).isEqualTo(DAY.spiceGarden.toString());
        assertThat(spiceGarden.get("name").asString()).isEqualTo("Spice Garden");
        assertThat(spiceGarden.get("placed").asLong()).isEqualTo(3);
        assertThat(spiceGarden.get("delivered").asLong()).isEqualTo(2);
        assertThat(spiceGarden.get("rejected").asLong()).isEqualTo(1);
        assertThat(spiceGarden.get("rejectionRate").asDouble()).isEqualTo(1.0 / 3);
        assertThat(spiceGarden.get("lateRate").asDouble()).isEqualTo(0.5);
        assertThat(spiceGarden.get("gmv").get("amountMinor").asLong()).isEqualTo(80000);
        assertThat(spiceGarden.get("averageDeliveryMinutes").asDouble()).isEqualTo(40.0);
        assertThat(spiceGarden.get("averageAcceptanceSeconds").asDouble()).isEqualTo(90.0);
        var biryani = top.get(1);
        assertThat(biryani.get("restaurantId").asString()).isEqualTo(DAY.biryaniJunction.toString());
        assertThat(biryani.get("placed").asLong()).isEqualTo(2);
        assertThat(biryani.get("cancelled").asLong()).isEqualTo(1);
        assertThat(biryani.get("rejectionRate").asDouble()).isEqualTo(0.0);
        assertThat(biryani.get("lateRate").asDouble()).isEqualTo(1.0);
        assertThat(biryani.get("gmv").get("amountMinor").asLong()).isEqualTo(42000);

        var one = admin("restaurants/top?" + DAY.range() + "&city=" + city() + "&limit=1")
                .get("restaurants");
        assertThat(one).hasSize(1);
        assertThat(one.get(0).get("restaurantId").asString()).isEqualTo(DAY.spiceGarden.toString());

        var attention = admin("restaurants/attention?" + DAY.range() + "&city=" + city()
                        + "&minOrders=2&rejectionRate=0.3&lateRate=0.9")
                .get("restaurants");
        assertThat(attention)
                .extracting(r -> r.get("restaurantId").asString())
                .as("worst rate first: Biryani Junction late 100%, Spice Garden rejecting a third")
                .containsExactly(DAY.biryaniJunction.toString(), DAY.spiceGarden.toString());
        var strict = admin("restaurants/attention?" + DAY.range() + "&city=" + city()
                        + "&minOrders=3&rejectionRate=0.5&lateRate=0.9")
                .get("restaurants");
        assertThat(strict)
                .as("Biryani Junction has too few orders, Spice Garden rates below")
                .isEmpty();
        assertThat(admin("restaurants/attention?" + DAY.range() + "&city=" + city())
                        .get("restaurants"))
                .as("by default ten orders are needed")
                .isEmpty();
    }

    @Test
    void reportsRidersPerformanceFromTheirShiftsAndDeliveries() throws Exception {
        settledOverview(DAY.range());
        var riders = admin("riders?" + DAY.range()).get("riders");
        assertThat(riders)
                .extracting(r -> UUID.fromString(r.get("riderId").asString()))
                .as("one delivery each, the busiest first")
                .containsExactly(DAY.arjun, DAY.meena, DAY.ravi);
        var arjun = riders.get(0);
        assertThat(arjun.get("deliveries").asLong()).isEqualTo(1);
        assertThat(arjun.get("averageDeliveryMinutes").asDouble()).isEqualTo(60.0);
        assertThat(arjun.get("late").asLong()).isEqualTo(1);
        assertThat(arjun.get("lateRate").asDouble()).isEqualTo(1.0);
        assertThat(arjun.get("onlineMinutes").asDouble()).isEqualTo(90.0);
        assertThat(arjun.get("busyMinutes").asDouble()).isEqualTo(57.5);
        assertThat(arjun.get("utilisation").asDouble()).isEqualTo(57.5 / 90);
        var ravi = riders.get(2);
        assertThat(ravi.get("onlineMinutes").asDouble()).as("09:50 to 11:10").isEqualTo(80.0);
        assertThat(ravi.get("busyMinutes").asDouble()).isEqualTo(33.0);
        assertThat(ravi.get("late").asLong()).isZero();
        assertThat(ravi.get("lateRate").asDouble()).isEqualTo(0.0);

        // from 10:00 only 70 of Ravi's minutes count: shifts split over the minutes they overlap
        var fromTen =
                admin("riders?from=" + DAY.at(0, 0) + "&to=" + DAY.at(120, 0)).get("riders");
        assertThat(fromTen.get(2).get("onlineMinutes").asDouble()).isEqualTo(70.0);
        var firstHalfHour =
                admin("riders?from=" + DAY.at(0, 0) + "&to=" + DAY.at(30, 0)).get("riders");
        assertThat(firstHalfHour)
                .extracting(r -> r.get("busyMinutes").asDouble())
                .as("busy from assignment to 10:30: Arjun 25, Meena 26 2/3, Ravi 27.5")
                .containsExactlyInAnyOrder(25.0, 1_600_000 / 60_000.0, 27.5);
    }

    @Test
    void showsOwnersTheirOwnRestaurantOnly() throws Exception {
        settledOverview(DAY.range());
        var spiceOwner = DAY.spiceGardenOwner.token();
        var mine = ok(get("/api/v1/analytics/overview?" + DAY.range(), spiceOwner), 200);
        assertThat(mine.get("orders").get("placed").asLong()).isEqualTo(3);
        assertThat(mine.get("sales").get(0).get("gmv").get("amountMinor").asLong())
                .isEqualTo(80000);
        assertThat(mine.get("delivery").get("p50Minutes").asInt()).isEqualTo(35);
        assertThat(mine.get("delivery").get("p90Minutes").asInt()).isEqualTo(45);
        assertThat(mine.get("payments").get("authorized").asLong()).isEqualTo(3);
        assertThat(mine.get("payments").get("failed").asLong()).isZero();
        assertThat(mine.get("riders").isNull()).isTrue();
        var one = ok(
                get("/api/v1/analytics/overview?" + DAY.range() + "&restaurantId=" + DAY.spiceGarden, spiceOwner), 200);
        assertThat(one.get("orders")).isEqualTo(mine.get("orders"));

        var biryaniOwner = DAY.biryaniJunctionOwner.token();
        var theirs = ok(get("/api/v1/analytics/overview?" + DAY.range(), biryaniOwner), 200);
        assertThat(theirs.get("orders").get("placed").asLong()).isEqualTo(2);
        assertThat(theirs.get("payments").get("failed").asLong()).isEqualTo(1);

        for (var path : new String[] {"overview", "orders-per-minute"}) {
            var response = get(
                    "/api/v1/analytics/" + path + "?from=" + DAY.at(0, 0) + "&to=" + DAY.at(60, 0) + "&restaurantId="
                            + DAY.biryaniJunction,
                    spiceOwner);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(problemType(response)).isEqualTo("https://platter.dev/problems/not-found");
        }
        var ranking = ok(get("/api/v1/analytics/restaurants/top?" + DAY.range(), spiceOwner), 200)
                .get("restaurants");
        assertThat(ranking)
                .extracting(r -> r.get("restaurantId").asString())
                .containsExactly(DAY.spiceGarden.toString());
        var attention = ok(
                        get(
                                "/api/v1/analytics/restaurants/attention?" + DAY.range()
                                        + "&minOrders=1&rejectionRate=0.3&lateRate=0.9",
                                biryaniOwner),
                        200)
                .get("restaurants");
        assertThat(attention)
                .extracting(r -> r.get("restaurantId").asString())
                .containsExactly(DAY.biryaniJunction.toString());
        var series = ok(
                        get(
                                "/api/v1/analytics/orders-per-minute?from=" + DAY.at(0, 0) + "&to=" + DAY.at(3, 0),
                                biryaniOwner),
                        200)
                .get("minutes");
        assertThat(series).extracting(m -> m.get("placed").asLong()).containsExactly(0L, 1L, 1L);

        var stranger = owner();
        var nothing = ok(get("/api/v1/analytics/overview?" + DAY.range(), stranger.token()), 200);
        assertThat(nothing.get("orders").get("placed").asLong()).isZero();
        assertThat(get(
                                "/api/v1/analytics/overview?" + DAY.range() + "&restaurantId=" + DAY.spiceGarden,
                                stranger.token())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void keepsTheNewestOwnerWhenAnOlderProfileArrivesLate() throws Exception {
        var restaurant = UUID.randomUUID();
        var owner = owner();
        var formerOwner = owner();
        var stale = OrderStory.restaurant(restaurant, 4, formerOwner.id(), "Dosa Corner", DAY.city);
        TestEvents.publish(OrderStory.restaurant(restaurant, 5, owner.id(), "Dosa Corner", DAY.city));
        TestEvents.publish(stale);
        await().until(() -> jdbc.queryForObject(
                        "select count(*) from platform_inbox where event_id = ?", Long.class, stale.eventId())
                == 1);
        var path = "/api/v1/analytics/overview?" + DAY.range() + "&restaurantId=" + restaurant;
        assertThat(get(path, owner.token()).statusCode()).isEqualTo(200);
        assertThat(get(path, formerOwner.token()).statusCode()).isEqualTo(404);
    }
}
