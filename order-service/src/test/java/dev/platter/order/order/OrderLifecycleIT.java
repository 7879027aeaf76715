package dev.platter.order.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.order.OrderServiceIT;
import dev.platter.platform.events.EventHeaders;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.events.PlatterEvent;
import dev.platter.platform.events.Topics;
import dev.platter.platform.events.restaurant.TicketRejected;
import dev.platter.platform.test.Infrastructure;
import dev.platter.platform.test.TestEvents;
import dev.platter.platform.test.TestRun;
import dev.platter.platform.test.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The order lifecycle driven by the real events on the run's topics: the happy path to DELIVERED, the payment
 * expiry, failures and rejections, late, crossing, repeated and reordered events, and a poison record.
 */
class OrderLifecycleIT extends OrderServiceIT {

    private static TopicReader orderEvents;

    @Autowired
    OrderLifecycle lifecycle;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void readEvents() {
        orderEvents = TopicReader.of(Topics.ORDERS);
    }

    @AfterAll
    static void close() {
        orderEvents.close();
    }

    private Order checkedOut(Person customer) {
        return lifecycle.create(OrderMother.newOrder(customer.id(), UUID.randomUUID(), PaymentMethod.CARD));
    }

    private Order placed(Person customer) {
        var order = checkedOut(customer);
        TestEvents.publish(OrderMother.paymentAuthorized(order));
        awaitStatus(customer, order.id(), "PLACED");
        return order;
    }

    private JsonNode view(Person customer, UUID orderId) throws Exception {
        return ok(get("/api/v1/orders/" + orderId, customer.token()), 200);
    }

    private JsonNode awaitStatus(Person customer, UUID orderId, String status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> view(customer, orderId), order -> order.get("status")
                .asString()
                .equals(status));
    }

    /** Publishes the event and waits until the service has handled it (its id is in the inbox). */
    private void publishAndAwaitHandled(PlatterEvent event) {
        TestEvents.publish(event);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from platform_inbox where event_id = ?",
                                Integer.class,
                                event.eventId())
                        == 1);
    }

    @Test
    void walksFromCheckoutToDeliveredOnTheRealEventsAnnouncingEachStepOnce() throws Exception {
        var customer = customer();
        var order = checkedOut(customer);
        assertThat(view(customer, order.id()).get("status").asString()).isEqualTo("PENDING_PAYMENT");
        assertThat(view(customer, order.id()).get("handoffCode").isNull()).isTrue();

        TestEvents.publish(OrderMother.paymentAuthorized(order));
        var placed = awaitStatus(customer, order.id(), "PLACED");
        var code = placed.get("handoffCode").asString();
        assertThat(code).matches("[0-9]{4}");

        TestEvents.publish(OrderMother.ticketAccepted(order));
        awaitStatus(customer, order.id(), "ACCEPTED");
        TestEvents.publish(OrderMother.preparationStarted(order));
        awaitStatus(customer, order.id(), "PREPARING");
        TestEvents.publish(OrderMother.riderAssigned(order));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !view(customer, order.id()).get("rider").isNull());
        TestEvents.publish(OrderMother.ticketReady(order));
        awaitStatus(customer, order.id(), "READY_FOR_PICKUP");
        TestEvents.publish(OrderMother.deliveryPickedUp(order));
        awaitStatus(customer, order.id(), "PICKED_UP");
        TestEvents.publish(OrderMother.deliveryCompleted(order));
        var delivered = awaitStatus(customer, order.id(), "DELIVERED");

        assertThat(delivered.get("handoffCode").asString()).isEqualTo(code);
        assertThat(delivered.get("rider").get("id").asString()).isEqualTo(OrderMother.RIDER.toString());
        var steps = delivered
                .get("timeline")
                .valueStream()
                .map(step -> step.get("event").asString())
                .toList();
        assertThat(steps)
                .containsExactly(
                        "PENDING_PAYMENT",
                        "PLACED",
                        "ACCEPTED",
                        "PREPARING",
                        "RIDER_ASSIGNED",
                        "READY_FOR_PICKUP",
                        "PICKED_UP",
                        "DELIVERED");

        var created = eventsOf(orderEvents, order.id(), "OrderCreated", 1).get(0);
        assertThat(created.get("totals").get("total").get("amountMinor").asLong())
                .isEqualTo(118090);
        var accepted = eventsOf(orderEvents, order.id(), "OrderAccepted", 1).get(0);
        assertThat(accepted.get("handoffCode").asString()).isEqualTo(code);
        assertThat(accepted.get("pickupAddress").get("line1").asString()).isEqualTo("12 MG Road");
        assertThat(accepted.get("prepMinutes").asInt()).isEqualTo(15);
        var versions = new java.util.ArrayList<Long>();
        for (var type : new String[] {
            "OrderCreated",
            "OrderPlaced",
            "OrderAccepted",
            "OrderPreparing",
            "OrderReadyForPickup",
            "OrderPickedUp",
            "OrderDelivered"
        }) {
            var events = eventsOf(orderEvents, order.id(), type, 1);
            assertThat(events).as(type).hasSize(1);
            versions.add(events.get(0).get("version").asLong());
        }
        assertThat(versions).isSorted().doesNotHaveDuplicates();
        var placedRecord =
                orderEvents.awaitRecord(record -> order.id().toString().equals(record.key())
                        && "OrderPlaced".equals(TopicReader.header(record, EventHeaders.EVENT_TYPE)));
        assertThat(TopicReader.value(placedRecord)).doesNotContain("handoffCode");
        assertThat(placedRecord.headers().lastHeader("__TypeId__")).isNull();
    }

    @Test
    void expiresAnUnpaidOrderAfterThePaymentWindowAndIgnoresALateAuthorisation() throws Exception {
        var customer = customer();
        var order = checkedOut(customer);

        var cancelled = awaitStatus(customer, order.id(), "CANCELLED");
        assertThat(cancelled.get("cancellation").get("reason").asString()).isEqualTo("PAYMENT_EXPIRED");
        assertThat(cancelled.get("cancellation").get("by").asString()).isEqualTo("SYSTEM");
        var event = eventsOf(orderEvents, order.id(), "OrderCancelled", 1).get(0);
        assertThat(event.get("cancelledFrom").asString()).isEqualTo("PENDING_PAYMENT");
        assertThat(event.get("refund").get("type").asString()).isEqualTo("FULL");

        // payment-service voids what it secured: it sees OrderCancelled; here the order stays cancelled
        publishAndAwaitHandled(OrderMother.paymentAuthorized(order));
        assertThat(view(customer, order.id()).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(view(customer, order.id()).get("handoffCode").isNull()).isTrue();
        assertThat(recordsOf(orderEvents, order.id(), "OrderPlaced")).isEmpty();
        assertThat(recordsOf(orderEvents, order.id(), "OrderCancelled"))
                .as("once")
                .hasSize(1);
    }

    @Test
    void aPaidOrderNeverExpires() throws Exception {
        var customer = customer();
        var order = placed(customer);
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform_deadline where kind = ? and subject = ?",
                        Integer.class,
                        OrderLifecycle.PAYMENT_EXPIRY,
                        order.id().toString()))
                .as("the expiry is cleared when the order is placed")
                .isZero();
        // throughout and well past the 3-second window, the order stays placed
        await().during(Duration.ofSeconds(4))
                .atMost(Duration.ofSeconds(10))
                .until(() -> view(customer, order.id()).get("status").asString().equals("PLACED"));
    }

    @Test
    void cancelsTheOrderWhenThePaymentFails() throws Exception {
        var customer = customer();
        var order = checkedOut(customer);
        TestEvents.publish(OrderMother.paymentFailed(order));
        var cancelled = awaitStatus(customer, order.id(), "CANCELLED");
        assertThat(cancelled.get("cancellation").get("reason").asString()).isEqualTo("PAYMENT_FAILED");
        assertThat(eventsOf(orderEvents, order.id(), "OrderCancelled", 1)).hasSize(1);
    }

    @Test
    void isRejectedWhenTheRestaurantLetsItTimeOut() throws Exception {
        var customer = customer();
        var order = placed(customer);
        TestEvents.publish(OrderMother.ticketRejected(order.id(), order.restaurantId(), TicketRejected.Reason.TIMEOUT));
        var rejected = awaitStatus(customer, order.id(), "REJECTED");
        assertThat(rejected.get("rejection").get("reason").asString()).isEqualTo("TIMEOUT");
        var event = eventsOf(orderEvents, order.id(), "OrderRejected", 1).get(0);
        assertThat(event.get("reason").asString()).isEqualTo("TIMEOUT");
        assertThat(event.get("total").get("amountMinor").asLong()).isEqualTo(118090);
    }

    @Test
    void ignoresAnAcceptanceThatCrossesTheCustomersCancellation() throws Exception {
        var customer = customer();
        var order = placed(customer);
        ok(post("/api/v1/orders/" + order.id() + "/cancel", customer.token(), Map.of("note", "ordered twice")), 200);

        publishAndAwaitHandled(OrderMother.ticketAccepted(order));
        var view = view(customer, order.id());
        assertThat(view.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(view.get("cancellation").get("by").asString()).isEqualTo("CUSTOMER");
        assertThat(recordsOf(orderEvents, order.id(), "OrderAccepted")).isEmpty();
        var cancelled = eventsOf(orderEvents, order.id(), "OrderCancelled", 1).get(0);
        assertThat(cancelled.get("cancelledFrom").asString()).isEqualTo("PLACED");
        assertThat(cancelled.get("cancelledByUserId").asString())
                .isEqualTo(customer.id().toString());
        assertThat(cancelled.get("note").asString()).isEqualTo("ordered twice");
    }

    @Test
    void movesToPickedUpWhenTheRiderCollectsBeforeTheKitchenMarksItReady() throws Exception {
        var customer = customer();
        var order = placed(customer);
        TestEvents.publish(OrderMother.ticketAccepted(order));
        awaitStatus(customer, order.id(), "ACCEPTED");
        TestEvents.publish(OrderMother.deliveryPickedUp(order));
        awaitStatus(customer, order.id(), "PICKED_UP");

        publishAndAwaitHandled(OrderMother.ticketReady(order));
        assertThat(view(customer, order.id()).get("status").asString()).isEqualTo("PICKED_UP");
        assertThat(recordsOf(orderEvents, order.id(), "OrderReadyForPickup")).isEmpty();
        assertThat(eventsOf(orderEvents, order.id(), "OrderPickedUp", 1)).hasSize(1);
    }

    @Test
    void aDuplicatedEventIsAppliedOnceAndAStaleOneIsIgnored() throws Exception {
        var customer = customer();
        var order = checkedOut(customer);
        var paid = OrderMother.paymentAuthorized(order);
        TestEvents.publish(paid);
        TestEvents.publish(paid);
        awaitStatus(customer, order.id(), "PLACED");
        var code = view(customer, order.id()).get("handoffCode").asString();

        TestEvents.publish(OrderMother.ticketAccepted(order));
        awaitStatus(customer, order.id(), "ACCEPTED");
        // reordered: ready arrives, then the older "preparation started"
        TestEvents.publish(OrderMother.ticketReady(order));
        awaitStatus(customer, order.id(), "READY_FOR_PICKUP");
        publishAndAwaitHandled(OrderMother.preparationStarted(order));
        publishAndAwaitHandled(paid);

        var view = view(customer, order.id());
        assertThat(view.get("status").asString()).isEqualTo("READY_FOR_PICKUP");
        assertThat(view.get("handoffCode").asString()).as("not made again").isEqualTo(code);
        assertThat(recordsOf(orderEvents, order.id(), "OrderPlaced")).hasSize(1);
        assertThat(recordsOf(orderEvents, order.id(), "OrderPreparing")).isEmpty();
    }

    @Test
    void aPoisonRecordLandsInTheDeadLetterTopicAndTheNextOrderStillFlows() throws Exception {
        var poisonKey = UUID.randomUUID().toString();
        try (var producer = new KafkaProducer<String, byte[]>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                Infrastructure.kafkaBootstrapServers(),
                                ProducerConfig.ACKS_CONFIG,
                                "all"),
                        new StringSerializer(),
                        new ByteArraySerializer());
                var deadLetters = TopicReader.ofFullName(TestRun.topicPrefix() + Topics.deadLetter(Topics.KITCHEN))) {
            var poison = new ProducerRecord<String, byte[]>(
                    TestRun.topicPrefix() + Topics.KITCHEN,
                    poisonKey,
                    "{\"orderId\": \"not a uuid\"".getBytes(StandardCharsets.UTF_8));
            poison.headers().add(EventHeaders.EVENT_ID, bytes(UUID.randomUUID().toString()));
            poison.headers().add(EventHeaders.EVENT_TYPE, bytes("TicketAccepted"));
            poison.headers().add(EventHeaders.EVENT_VERSION, bytes("1"));
            producer.send(poison).get();

            deadLetters.awaitRecord(record -> poisonKey.equals(record.key()));
        }

        var customer = customer();
        var order = placed(customer);
        TestEvents.publish(OrderMother.ticketAccepted(order));
        awaitStatus(customer, order.id(), "ACCEPTED");
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
