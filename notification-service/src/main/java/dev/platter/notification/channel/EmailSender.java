package dev.platter.notification.channel;

import dev.platter.notification.config.NotificationProperties;
import dev.platter.notification.rule.Channel;
import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Mails over SMTP (Spring's mail support): plain text and HTML alternatives, from the template in the user's locale. */
@Component
class EmailSender implements ChannelSender {

    private final JavaMailSender mail;
    private final NotificationProperties properties;

    EmailSender(JavaMailSender mail, NotificationProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public SendOutcome send(Outbound notification) {
        var to = notification.contact().email();
        if (to == null || to.isBlank()) {
            return new SendOutcome.Skipped("no email address");
        }
        var message = notification.message();
        if (message.text() == null || message.html() == null) {
            return new SendOutcome.Failed("template has no mail body");
        }
        try {
            var mime = mail.createMimeMessage();
            var helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.email().from());
            helper.setTo(to);
            helper.setSubject(message.subject());
            helper.setText(message.text(), message.html());
            mime.setHeader(
                    "X-Platter-Notification", notification.notificationId().toString());
            mail.send(mime);
            return new SendOutcome.Sent(mime.getMessageID());
        } catch (MessagingException e) {
            return new SendOutcome.Failed("cannot build the mail: " + e.getMessage());
        } catch (MailException e) {
            return new SendOutcome.Retry("SMTP: " + e.getMessage(), null);
        }
    }
}
