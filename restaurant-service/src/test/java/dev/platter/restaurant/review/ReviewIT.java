package dev.platter.restaurant.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.events.Topics;
import dev.platter.platform.events.order.OrderDelivered;
import dev.platter.platform.test.TestEvents;
import dev.platter.platform.test.TopicReader;
import dev.platter.restaurant.RestaurantServiceIT;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Customers review delivered orders once; owners reply once; averages stay right under concurrency. */
class ReviewIT extends RestaurantServiceIT {

    private static TopicReader restaurantEvents;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void readEvents() {
        restaurantEvents = TopicReader.of(Topics.RESTAURANTS);
    }

    @AfterAll
    static void close() {
        restaurantEvents.close();
    }

    private OrderDelivered delivered(UUID restaurantId, Person customer, UUID riderId) {
        var order = new OrderDelivered(
                UUID.randomUUID(),
                Instant.now(),
                UUID.randomUUID(),
                7,
                customer.id(),
                restaurantId,
                riderId,
                PaymentMethod.CARD,
                Money.of(57300, "INR"));
        TestEvents.publish(order);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from delivered_orders where order_id = ?",
                                Integer.class,
                                order.orderId())
                        == 1);
        return order;
    }

    private static Map<String, Object> review(UUID orderId, int stars, Integer riderStars) {
        return riderStars == null
                ? Map.of("orderId", orderId, "restaurantRating", stars, "comment", "Lovely biryani")
                : Map.of(
                        "orderId",
                        orderId,
                        "restaurantRating",
                        stars,
                        "comment",
                        "Lovely biryani",
                        "riderRating",
                        riderStars);
    }

    @Test
    void aCustomerReviewsTheirDeliveredOrderOnceAndTheOwnerRepliesOnce() throws Exception {
        var owner = owner();
        var restaurantId = publishedRestaurant(owner, spiceGarden());
        var asha = customer();
        var riderId = UUID.randomUUID();
        var order = delivered(restaurantId, asha, riderId);

        var created = ok(post("/api/v1/reviews", asha.token(), review(order.orderId(), 4, 5)), 201);
        assertThat(created.get("restaurantRating").asInt()).isEqualTo(4);
        var again = post("/api/v1/reviews", asha.token(), review(order.orderId(), 1, null));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(problemType(again)).isEqualTo("https://platter.dev/problems/already-reviewed");

        var reviewId = created.get("id").asString();
        assertThat(post("/api/v1/reviews/" + reviewId + "/reply", owner().token(), Map.of("text", "Thanks!"))
                        .statusCode())
                .as("another owner")
                .isEqualTo(404);
        ok(post("/api/v1/reviews/" + reviewId + "/reply", owner.token(), Map.of("text", "Thank you, Asha!")), 200);
        assertThat(post("/api/v1/reviews/" + reviewId + "/reply", owner.token(), Map.of("text", "Again"))
                        .statusCode())
                .isEqualTo(409);

        var listed = ok(get("/api/v1/restaurants/" + restaurantId + "/reviews", null), 200);
        assertThat(listed.get("items")).hasSize(1);
        assertThat(listed.get("items").get(0).get("reply").asString()).isEqualTo("Thank you, Asha!");
        var restaurant = ok(get("/api/v1/restaurants/" + restaurantId, null), 200);
        assertThat(restaurant.get("rating").get("average").asDouble()).isEqualTo(4.0);
        assertThat(restaurant.get("rating").get("count").asInt()).isEqualTo(1);

        var published = eventsOf(restaurantEvents, restaurantId, "ReviewPublished", 1);
        assertThat(published).hasSize(1);
        assertThat(published.get(0).get("restaurantRatingAverage").asDouble()).isEqualTo(4.0);
        assertThat(published.get(0).get("riderId").asString()).isEqualTo(riderId.toString());
        assertThat(published.get(0).get("riderRating").asInt()).isEqualTo(5);
        assertThat(published.get(0).get("riderRatingCount").asInt()).isEqualTo(1);
    }

    @Test
    void onlyTheCustomerOfADeliveredOrderMayReviewIt() throws Exception {
        var owner = owner();
        var restaurantId = publishedRestaurant(owner, spiceGarden());
        var asha = customer();
        var order = delivered(restaurantId, asha, UUID.randomUUID());

        assertThat(post("/api/v1/reviews", customer().token(), review(order.orderId(), 1, null))
                        .statusCode())
                .as("someone else's order")
                .isEqualTo(404);
        assertThat(post("/api/v1/reviews", asha.token(), review(UUID.randomUUID(), 5, null))
                        .statusCode())
                .as("an order not delivered (or unknown)")
                .isEqualTo(404);
        assertThat(post("/api/v1/reviews", owner.token(), review(order.orderId(), 5, null))
                        .statusCode())
                .as("owners do not review")
                .isEqualTo(403);
        assertThat(post("/api/v1/reviews", asha.token(), review(order.orderId(), 6, null))
                        .statusCode())
                .isEqualTo(400);
        assertThat(ok(get("/api/v1/restaurants/" + restaurantId, null), 200)
                        .get("rating")
                        .get("count")
                        .asInt())
                .isZero();
    }

    @Test
    void concurrentReviewsKeepTheAverageAndCountRight() throws Exception {
        var owner = owner();
        var restaurantId = publishedRestaurant(owner, spiceGarden());
        var reviewers = new ArrayList<Map.Entry<Person, OrderDelivered>>();
        for (int i = 0; i < 20; i++) {
            var customer = customer();
            reviewers.add(Map.entry(customer, delivered(restaurantId, customer, UUID.randomUUID())));
        }
        var pool = Executors.newFixedThreadPool(10);
        try {
            var calls = new ArrayList<Callable<Integer>>();
            for (int i = 0; i < reviewers.size(); i++) {
                var stars = i % 2 == 0 ? 5 : 2;
                var reviewer = reviewers.get(i);
                calls.add(() -> post(
                                "/api/v1/reviews",
                                reviewer.getKey().token(),
                                review(reviewer.getValue().orderId(), stars, null))
                        .statusCode());
                // the same review twice at once: one wins
                calls.add(() -> post(
                                "/api/v1/reviews",
                                reviewer.getKey().token(),
                                review(reviewer.getValue().orderId(), stars, null))
                        .statusCode());
            }
            var statuses = new ArrayList<Integer>();
            for (var future : pool.invokeAll(calls)) {
                statuses.add(future.get());
            }
            assertThat(statuses.stream().filter(status -> status == 201)).hasSize(20);
            assertThat(statuses.stream().filter(status -> status == 409)).hasSize(20);
        } finally {
            pool.shutdownNow();
        }

        var rating = ok(get("/api/v1/restaurants/" + restaurantId, null), 200).get("rating");
        assertThat(rating.get("count").asInt()).isEqualTo(20);
        assertThat(rating.get("average").asDouble()).isEqualTo(3.5);
        var sum = jdbc.queryForObject(
                "select sum(restaurant_rating) from reviews where restaurant_id = ?", Long.class, restaurantId);
        assertThat(sum).isEqualTo(70L);
        assertThat(eventsOf(restaurantEvents, restaurantId, "ReviewPublished", 20))
                .hasSize(20);
        List<Integer> counts = new ArrayList<>();
        recordsOf(restaurantEvents, restaurantId, "ReviewPublished")
                .forEach(event -> counts.add(event.get("restaurantRatingCount").asInt()));
        assertThat(counts).as("each review saw its own count").doesNotHaveDuplicates();
    }
}
