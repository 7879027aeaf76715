package dev.platter.notification.channel;

import static dev.platter.notification.PlatterEvents.HANDOFF_CODE;
import static dev.platter.notification.PlatterEvents.SPICE_GARDEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.notification.NotificationServiceIT;
import dev.platter.notification.PlatterEvents;
import dev.platter.notification.Providers;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Mails over SMTP to a real SMTP server: recipients, subject, text and HTML per event and locale; once per event. */
class EmailIT extends NotificationServiceIT {

    /** The mails the SMTP server received for this address. */
    static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(Providers.SMTP.getReceivedMessages())
                .filter(mail -> {
                    try {
                        return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                                .anyMatch(to -> to.toString().equals(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The body part of this type ({@code text/plain} or {@code text/html}) of a multipart/alternative mail. */
    static String part(MimeMessage mail, String type) throws Exception {
        var root = (MimeMultipart) mail.getContent();
        for (int i = 0; i < root.getCount(); i++) {
            var found = find(root.getBodyPart(i), type);
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("No " + type + " part");
    }

    private static String find(jakarta.mail.BodyPart part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof MimeMultipart nested) {
            for (int i = 0; i < nested.getCount(); i++) {
                var found = find(nested.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void mailsTheCustomerTheAcceptedOrderWithReadyTimeAndHandoffCodeInTextAndHtml() throws Exception {
        var customer = UUID.randomUUID();
        var restaurant = UUID.randomUUID();
        var order = UUID.randomUUID();
        var address = mailbox("asha");
        knownRestaurant(restaurant, UUID.randomUUID());
        publish(
                PlatterEvents.registered(customer, address, null, "en-IN"),
                PlatterEvents.accepted(order, customer, restaurant));

        await().until(() -> mailsTo(address).stream().anyMatch(m -> subject(m).contains("accepted")));
        var mail = mailsTo(address).stream()
                .filter(m -> subject(m).contains("accepted"))
                .findFirst()
                .orElseThrow();
        assertThat(mail.getSubject())
                .isEqualTo(SPICE_GARDEN + " accepted order #"
                        + order.toString().substring(0, 8).toUpperCase());
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@platter.dev");
        var text = part(mail, "text/plain");
        assertThat(text).contains("Hi Asha Rao,").contains(HANDOFF_CODE).contains("20:00"); // 14:30Z in Kolkata
        var html = part(mail, "text/html");
        assertThat(html).contains("<strong>" + HANDOFF_CODE + "</strong>").contains("<p>Hi Asha Rao,</p>");
        awaitNotification(customer, "EMAIL", "OrderAccepted", "SENT");
    }

    @Test
    void writesInTheRecipientsLanguage() throws Exception {
        var customer = UUID.randomUUID();
        var restaurant = UUID.randomUUID();
        var address = mailbox("priya");
        knownRestaurant(restaurant, UUID.randomUUID());
        knownUser(customer, address, null, "hi-IN");
        publish(PlatterEvents.placed(UUID.randomUUID(), customer, restaurant));

        await().until(() -> mailsTo(address).stream().anyMatch(m -> !subject(m).startsWith("Welcome")));
        var mail = mailsTo(address).stream()
                .filter(m -> !subject(m).startsWith("Welcome"))
                .findFirst()
                .orElseThrow();
        assertThat(mail.getSubject()).startsWith("ऑर्डर #").endsWith(SPICE_GARDEN + " को भेजा गया");
        assertThat(part(mail, "text/plain")).contains("नमस्ते Asha Rao").contains("INR 573.00");
        assertThat(part(mail, "text/html")).contains("<strong>INR 573.00</strong>");
    }

    @Test
    void welcomesANewUserOnceEvenWhenTheEventComesTwice() throws Exception {
        var user = UUID.randomUUID();
        var address = mailbox("ravi");
        var registered = PlatterEvents.registered(user, address, null, null);
        publish(registered, registered);

        await().until(() -> !mailsTo(address).isEmpty());
        awaitNotification(user, "EMAIL", "UserRegistered", "SENT");
        // a later event of the same user is handled, so the repeat was seen (and skipped) before it
        var later = PlatterEvents.updated(user, 2, address, null, "en");
        publish(later);
        await().until(() -> jdbc.sql("select count(*) from contact where user_id = ? and version = 2")
                        .param(user)
                        .query(Integer.class)
                        .single()
                == 1);
        await().until(() -> jdbc.sql("select count(*) from notification where status = 'PENDING' and recipient_id = ?")
                        .param(user)
                        .query(Integer.class)
                        .single()
                == 0);
        assertThat(mailsTo(address)).hasSize(1);
        assertThat(mailsTo(address).get(0).getSubject()).isEqualTo("Welcome to Platter, Asha Rao");
        assertThat(notifications(user, "EMAIL")).hasSize(1);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
