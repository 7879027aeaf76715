package dev.platter.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.notification.PlatterEvents;
import dev.platter.platform.test.TestEvents;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service as it starts with no Firebase or Twilio credentials (the smoke test's context): it runs, push and SMS
 * report themselves disabled, and their notifications are recorded as skipped while the other channels go out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChannelsWithoutCredentialsIT {

    @Autowired
    List<ChannelSender> senders;

    @Autowired
    JdbcClient jdbc;

    @Test
    void recordsPushAndSmsAsSkippedWhenTheyAreNotConfigured() {
        assertThat(senders)
                .filteredOn(ChannelSender::enabled)
                .extracting(ChannelSender::channel)
                .containsExactly(dev.platter.notification.rule.Channel.EMAIL);
        var customer = UUID.randomUUID();
        var restaurant = UUID.randomUUID();
        TestEvents.publish(PlatterEvents.registered(customer, "asha@example.com", "+919800000003", "en"));
        TestEvents.publish(PlatterEvents.accepted(UUID.randomUUID(), customer, restaurant));

        for (var channel : List.of("PUSH", "SMS")) {
            var row = await().until(
                            () -> jdbc
                                    .sql(
                                            "select status, outcome from notification where recipient_id = ? and channel = ?")
                                    .params(customer, channel)
                                    .query()
                                    .listOfRows()
                                    .stream()
                                    .findFirst(),
                            Optional::isPresent)
                    .orElseThrow();
            assertThat(row).isEqualTo(Map.of("status", "SKIPPED", "outcome", channel + " is not configured"));
        }
        assertThat(jdbc.sql("select status from notification where recipient_id = ? and channel = 'IN_APP'")
                        .param(customer)
                        .query(String.class)
                        .single())
                .isEqualTo("SENT");
    }
}
