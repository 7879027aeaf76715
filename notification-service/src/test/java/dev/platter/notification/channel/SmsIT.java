package dev.platter.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.notification.NotificationServiceIT;
import dev.platter.notification.PlatterEvents;
import dev.platter.notification.Providers;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** SMS through the real Twilio SDK to a local stub that records what the SDK sent; capped per user and day. */
class SmsIT extends NotificationServiceIT {

    @Test
    void textsTheHandoffCodeAndReadyTimeWhenTheOrderIsAccepted() throws Exception {
        var customer = UUID.randomUUID();
        var restaurant = UUID.randomUUID();
        var phone = "+9198" + (10_000_000 + (int) (Math.random() * 89_999_999));
        knownRestaurant(restaurant, UUID.randomUUID());
        knownUser(customer, mailbox("asha"), phone, "en");

        publish(PlatterEvents.accepted(UUID.randomUUID(), customer, restaurant));

        var encodedPhone = java.net.URLEncoder.encode(phone, StandardCharsets.UTF_8);
        await().until(() -> Providers.TWILIO.containing("To=" + encodedPhone).size() == 1);
        var request = Providers.TWILIO.containing("To=" + encodedPhone).get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + Providers.TWILIO_ACCOUNT + "/Messages.json");
        assertThat(request.header("Authorization")).startsWith("Basic ");
        var form = URLDecoder.decode(request.body(), StandardCharsets.UTF_8);
        assertThat(form)
                .contains("From=" + Providers.TWILIO_FROM)
                .contains("4821")
                .contains("20:00");
        var row = awaitNotification(customer, "SMS", "OrderAccepted", "SENT");
        assertThat((String) row.get("provider_ref")).startsWith("SM");
    }

    @Test
    void stopsAtTheDailyCapPerUser() throws Exception {
        var customer = UUID.randomUUID();
        var restaurant = UUID.randomUUID();
        var phone = "+9197" + (10_000_000 + (int) (Math.random() * 89_999_999));
        knownRestaurant(restaurant, UUID.randomUUID());
        knownUser(customer, mailbox("asha"), phone, "en");
        var rider = UUID.randomUUID();

        // four SMS-worthy updates; the cap in these tests is three a day
        for (int i = 0; i < 4; i++) {
            var order = UUID.randomUUID();
            publish(PlatterEvents.pickedUp(order, customer, restaurant, rider));
            int sentOrSkipped = i + 1;
            await().until(() -> notifications(customer, "SMS").stream()
                            .filter(row -> !"PENDING".equals(row.get("status")))
                            .count()
                    == sentOrSkipped);
        }

        var rows = notifications(customer, "SMS");
        assertThat(rows).extracting(row -> row.get("status")).containsExactly("SENT", "SENT", "SENT", "SKIPPED");
        assertThat(rows.get(3).get("outcome")).isEqualTo("daily SMS cap of 3 reached");
        var encodedPhone = java.net.URLEncoder.encode(phone, StandardCharsets.UTF_8);
        assertThat(Providers.TWILIO.containing("To=" + encodedPhone)).hasSize(3);
    }

    @Test
    void skipsAUserWithoutAPhoneNumber() {
        var customer = UUID.randomUUID();
        var restaurant = UUID.randomUUID();
        knownRestaurant(restaurant, UUID.randomUUID());
        knownUser(customer, mailbox("asha"), null, "en");

        publish(PlatterEvents.accepted(UUID.randomUUID(), customer, restaurant));

        var row = awaitNotification(customer, "SMS", "OrderAccepted", "SKIPPED");
        assertThat(row.get("outcome")).isEqualTo("no phone number");
    }
}
