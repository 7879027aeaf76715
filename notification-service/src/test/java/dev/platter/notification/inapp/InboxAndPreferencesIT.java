package dev.platter.notification.inapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.notification.NotificationServiceIT;
import dev.platter.notification.PlatterEvents;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The in-app inbox and channel preferences: each user's own, rules respected, duplicates producing nothing. */
class InboxAndPreferencesIT extends NotificationServiceIT {

    @Test
    void listsCountsAndMarksTheCallersNotificationsRead() throws Exception {
        var asha = customer();
        var restaurant = UUID.randomUUID();
        knownRestaurant(restaurant, UUID.randomUUID());
        knownUser(asha.id(), mailbox("asha"), null, "en");
        var order = UUID.randomUUID();
        publish(
                PlatterEvents.placed(order, asha.id(), restaurant),
                PlatterEvents.accepted(order, asha.id(), restaurant));

        await().until(() -> ok(get("/api/v1/notifications/unread-count", asha.token()), 200)
                        .get("unread")
                        .asLong()
                == 2);
        var page = ok(get("/api/v1/notifications?size=10", asha.token()), 200);
        assertThat(page.get("totalItems").asLong()).isEqualTo(2);
        var newest = page.get("items").get(0);
        assertThat(newest.get("eventType").asString()).isEqualTo("OrderAccepted");
        assertThat(newest.get("title").asString()).startsWith("Spice Garden accepted order #");
        assertThat(newest.get("body").asString()).contains("4821");
        assertThat(newest.get("orderId").asString()).isEqualTo(order.toString());
        assertThat(newest.get("readAt").isNull()).isTrue();

        var ravi = customer();
        var someoneElses = post("/api/v1/notifications/" + newest.get("id").asString() + "/read", ravi.token(), "");
        assertThat(someoneElses.statusCode()).isEqualTo(404);
        assertThat(problemType(someoneElses)).isEqualTo("https://platter.dev/problems/not-found");
        assertThat(ok(get("/api/v1/notifications", ravi.token()), 200)
                        .get("totalItems")
                        .asLong())
                .isZero();

        ok(post("/api/v1/notifications/" + newest.get("id").asString() + "/read", asha.token(), ""), 204);
        assertThat(ok(get("/api/v1/notifications/unread-count", asha.token()), 200)
                        .get("unread")
                        .asLong())
                .isEqualTo(1);
        assertThat(ok(get("/api/v1/notifications?unread=true", asha.token()), 200)
                        .get("items")
                        .get(0)
                        .get("eventType")
                        .asString())
                .isEqualTo("OrderPlaced");
        assertThat(ok(post("/api/v1/notifications/read-all", asha.token(), ""), 200)
                        .get("marked")
                        .asInt())
                .isEqualTo(1);
        assertThat(ok(get("/api/v1/notifications/unread-count", asha.token()), 200)
                        .get("unread")
                        .asLong())
                .isZero();
    }

    @Test
    void aRepeatedEventNotifiesOncePerChannel() throws Exception {
        var asha = customer();
        var restaurant = UUID.randomUUID();
        knownRestaurant(restaurant, UUID.randomUUID());
        knownUser(asha.id(), mailbox("asha"), "+919800000001", "en");
        var accepted = PlatterEvents.accepted(UUID.randomUUID(), asha.id(), restaurant);
        publish(accepted, accepted, accepted);
        // a later event of the same order (same partition) is handled after the repeats
        var preparing = PlatterEvents.preparing(accepted.orderId(), asha.id(), restaurant);
        publish(preparing);
        await().until(() -> jdbc.sql("select count(*) from platform_inbox where event_id = ?")
                        .param(preparing.eventId())
                        .query(Integer.class)
                        .single()
                == 1);
        awaitNotification(asha.id(), "EMAIL", "OrderAccepted", "SENT");
        awaitNotification(asha.id(), "SMS", "OrderAccepted", "SENT");
        await().until(() -> jdbc.sql("select count(*) from order_party where order_id = ?")
                        .param(accepted.orderId())
                        .query(Integer.class)
                        .single()
                == 1);

        var perChannel = jdbc.sql(
                        """
                        select channel, count(*) as n from notification where event_id = ? group by channel
                        order by channel
                        """)
                .param(accepted.eventId())
                .query()
                .listOfRows();
        assertThat(perChannel)
                .extracting(row -> row.get("channel") + "=" + row.get("n"))
                .containsExactly("EMAIL=1", "IN_APP=1", "PUSH=1", "SMS=1");
        assertThat(ok(get("/api/v1/notifications", asha.token()), 200)
                        .get("totalItems")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void respectsTheChannelsTheUserSwitchedOff() throws Exception {
        var asha = customer();
        var restaurant = UUID.randomUUID();
        knownRestaurant(restaurant, UUID.randomUUID());
        knownUser(asha.id(), mailbox("asha"), "+919800000002", "en");
        assertThat(ok(get("/api/v1/notifications/preferences", asha.token()), 200)
                        .get("email")
                        .asBoolean())
                .isTrue();
        ok(
                put(
                        "/api/v1/notifications/preferences",
                        asha.token(),
                        Map.of("email", false, "push", true, "sms", false, "inApp", true)),
                200);

        publish(PlatterEvents.accepted(UUID.randomUUID(), asha.id(), restaurant));

        var email = awaitNotification(asha.id(), "EMAIL", "OrderAccepted", "SKIPPED");
        assertThat(email.get("outcome")).isEqualTo("switched off by the recipient");
        assertThat(awaitNotification(asha.id(), "SMS", "OrderAccepted", "SKIPPED")
                        .get("outcome"))
                .isEqualTo("switched off by the recipient");
        awaitNotification(asha.id(), "IN_APP", "OrderAccepted", "SENT");
        var preferences = ok(get("/api/v1/notifications/preferences", asha.token()), 200);
        assertThat(preferences.get("email").asBoolean()).isFalse();
        assertThat(preferences.get("inApp").asBoolean()).isTrue();
    }

    @Test
    void keepsAtLeastOneChannelForOrderUpdates() throws Exception {
        var asha = customer();
        var allOff = put(
                "/api/v1/notifications/preferences",
                asha.token(),
                Map.of("email", false, "push", false, "sms", false, "inApp", false));
        assertThat(allOff.statusCode()).isEqualTo(422);
        assertThat(problemType(allOff)).isEqualTo("https://platter.dev/problems/no-channel-left");

        var missing = put("/api/v1/notifications/preferences", asha.token(), Map.of("email", false));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(problemType(missing)).isEqualTo("https://platter.dev/problems/validation");

        var extra = put(
                "/api/v1/notifications/preferences",
                asha.token(),
                Map.of("email", true, "push", true, "sms", true, "inApp", true, "marketing", true));
        assertThat(extra.statusCode()).isEqualTo(400);
        assertThat(problemType(extra)).isEqualTo("https://platter.dev/problems/unknown-field");
        assertThat(get("/api/v1/notifications/preferences", null).statusCode()).isEqualTo(401);
    }

    @Test
    void showsANotificationLogToAdminsOnly() throws Exception {
        var asha = customer();
        var restaurant = UUID.randomUUID();
        knownRestaurant(restaurant, UUID.randomUUID());
        knownUser(asha.id(), mailbox("asha"), null, "en");
        publish(PlatterEvents.placed(UUID.randomUUID(), asha.id(), restaurant));
        awaitNotification(asha.id(), "EMAIL", "OrderPlaced", "SENT");
        awaitNotification(asha.id(), "PUSH", "OrderPlaced", "SKIPPED");
        awaitNotification(asha.id(), "EMAIL", "UserRegistered", "SENT");

        var forbidden = get("/api/v1/admin/notifications?recipientId=" + asha.id(), asha.token());
        assertThat(forbidden.statusCode()).isEqualTo(403);
        var log = ok(get("/api/v1/admin/notifications?recipientId=" + asha.id(), admin().token()), 200);
        // the welcome mail of the registration, and the placed order on three channels
        assertThat(log.get("totalItems").asLong()).isEqualTo(4);
        var entries = new java.util.ArrayList<String>();
        log.get("items")
                .forEach(item -> entries.add(item.get("eventType").asString() + ":"
                        + item.get("channel").asString() + ":"
                        + item.get("status").asString()));
        assertThat(entries)
                .containsExactlyInAnyOrder(
                        "UserRegistered:EMAIL:SENT",
                        "OrderPlaced:IN_APP:SENT",
                        "OrderPlaced:PUSH:SKIPPED",
                        "OrderPlaced:EMAIL:SENT");
        var badId = get("/api/v1/admin/notifications?recipientId=not-a-uuid", admin().token());
        assertThat(badId.statusCode()).isEqualTo(400);
        var tooBig = get("/api/v1/admin/notifications?recipientId=" + asha.id() + "&size=1000", admin().token());
        assertThat(tooBig.statusCode()).isEqualTo(400);
    }
}
