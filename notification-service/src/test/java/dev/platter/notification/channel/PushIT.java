package dev.platter.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.notification.NotificationServiceIT;
import dev.platter.notification.PlatterEvents;
import dev.platter.notification.Providers;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Push through the real firebase-admin SDK to a local FCM stub that records what the SDK sent. */
class PushIT extends NotificationServiceIT {

    private void register(Person person, String token) throws Exception {
        ok(post("/api/v1/notifications/devices", person.token(), Map.of("token", token, "platform", "ANDROID")), 201);
    }

    @Test
    void pushesTheAcceptedOrderToEveryDeviceOfTheCustomer() throws Exception {
        var customer = customer();
        var restaurant = UUID.randomUUID();
        knownRestaurant(restaurant, UUID.randomUUID());
        knownUser(customer.id(), mailbox("asha"), null, "en");
        var phone = "phone-" + UUID.randomUUID();
        var tablet = "tablet-" + UUID.randomUUID();
        register(customer, phone);
        register(customer, tablet);
        var order = UUID.randomUUID();
        publish(PlatterEvents.accepted(order, customer.id(), restaurant));

        await().until(() -> Providers.FCM.containing(phone).size() == 1
                && Providers.FCM.containing(tablet).size() == 1);
        var sent = JSON.readTree(Providers.FCM.containing(phone).get(0).body()).get("message");
        assertThat(sent.get("notification").get("title").asString())
                .isEqualTo("Spice Garden accepted order #"
                        + order.toString().substring(0, 8).toUpperCase());
        assertThat(sent.get("notification").get("body").asString()).contains("4821");
        assertThat(sent.get("data").get("eventType").asString()).isEqualTo("OrderAccepted");
        assertThat(Providers.FCM.containing(phone).get(0).header("Authorization"))
                .isEqualTo("Bearer fcm-stub-token");
        var row = awaitNotification(customer.id(), "PUSH", "OrderAccepted", "SENT");
        assertThat((String) row.get("provider_ref")).contains("projects/" + Providers.FCM_PROJECT + "/messages/");
    }

    @Test
    void deletesATokenFcmReportsUnregistered() throws Exception {
        var customer = customer();
        var restaurant = UUID.randomUUID();
        knownRestaurant(restaurant, UUID.randomUUID());
        knownUser(customer.id(), mailbox("asha"), null, "en");
        var gone = "gone-" + UUID.randomUUID();
        register(customer, gone);
        assertThat(ok(get("/api/v1/notifications/devices", customer.token()), 200))
                .hasSize(1);

        publish(PlatterEvents.placed(UUID.randomUUID(), customer.id(), restaurant));

        await().until(() -> Providers.FCM.containing(gone).size() == 1);
        await().until(() ->
                ok(get("/api/v1/notifications/devices", customer.token()), 200).isEmpty());
        var row = awaitNotification(customer.id(), "PUSH", "OrderPlaced", "SKIPPED");
        assertThat(row.get("outcome")).isEqualTo("no registered device");
    }

    @Test
    void retriesA429AfterTheRetryAfterFcmAsksFor() throws Exception {
        var customer = customer();
        var restaurant = UUID.randomUUID();
        knownRestaurant(restaurant, UUID.randomUUID());
        knownUser(customer.id(), mailbox("asha"), null, "en");
        var busy = "busy-" + UUID.randomUUID();
        register(customer, busy);

        publish(PlatterEvents.placed(UUID.randomUUID(), customer.id(), restaurant));

        var row = awaitNotification(customer.id(), "PUSH", "OrderPlaced", "SENT");
        assertThat(row.get("attempts")).isEqualTo(2);
        var attempts = Providers.FCM.containing(busy);
        assertThat(attempts).hasSize(2);
        // the back-off alone would wait 300 ms; FCM said 2 s
        assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(1900));
    }

    @Test
    void removesOnlyTheCallersOwnDevice() throws Exception {
        var asha = customer();
        var ravi = customer();
        var token = "phone-" + UUID.randomUUID();
        register(asha, token);

        var refused = delete("/api/v1/notifications/devices/" + token, ravi.token());
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(problemType(refused)).isEqualTo("https://platter.dev/problems/not-found");
        assertThat(ok(get("/api/v1/notifications/devices", asha.token()), 200)).hasSize(1);

        ok(delete("/api/v1/notifications/devices/" + token, asha.token()), 204);
        assertThat(ok(get("/api/v1/notifications/devices", asha.token()), 200)).isEmpty();
    }

    @Test
    void refusesAMalformedDeviceRegistration() throws Exception {
        var asha = customer();
        var unknownField = post(
                "/api/v1/notifications/devices",
                asha.token(),
                Map.of("token", "abc", "platform", "ANDROID", "userId", UUID.randomUUID()));
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(problemType(unknownField)).isEqualTo("https://platter.dev/problems/unknown-field");
        var badPlatform =
                post("/api/v1/notifications/devices", asha.token(), Map.of("token", "abc", "platform", "NOKIA"));
        assertThat(badPlatform.statusCode()).isEqualTo(400);
        assertThat(problemType(badPlatform)).isEqualTo("https://platter.dev/problems/validation");
        assertThat(post("/api/v1/notifications/devices", null, Map.of("token", "abc", "platform", "IOS"))
                        .statusCode())
                .isEqualTo(401);
    }
}
