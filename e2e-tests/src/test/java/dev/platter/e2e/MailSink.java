package dev.platter.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SMTP sink {@code ./platform} runs (GreenMail): notification-service sends its mail there, and the journeys read
 * a recipient's mailbox through the sink's HTTP API. Addresses from {@code PLATTER_MAIL_HOST},
 * {@code PLATTER_MAIL_SMTP_PORT} and {@code PLATTER_MAIL_API_PORT}, by default the ones {@code ./platform} uses.
 */
public final class MailSink {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One mail as the sink received it. */
    public record Mail(String subject, String raw) {}

    private MailSink() {}

    public static String host() {
        return setting("PLATTER_MAIL_HOST", "127.0.0.1");
    }

    public static int smtpPort() {
        return Integer.parseInt(setting("PLATTER_MAIL_SMTP_PORT", "3025"));
    }

    static int apiPort() {
        return Integer.parseInt(setting("PLATTER_MAIL_API_PORT", "8025"));
    }

    /** The mails the sink holds for {@code address}, oldest first (none when the address never got one). */
    public static List<Mail> mailbox(String address) {
        var uri = URI.create("http://" + host() + ":" + apiPort() + "/api/user/"
                + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/");
        try {
            var response = HTTP.send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            var mails = new ArrayList<Mail>();
            if (response.statusCode() != 200) {
                // the sink answers 400 for an address it never received mail for
                return mails;
            }
            for (var message : JSON.readTree(response.body())) {
                mails.add(new Mail(
                        message.path("subject").asString(""),
                        message.path("mimeMessage").asString("")));
            }
            return mails;
        } catch (IOException e) {
            throw new UncheckedIOException("The SMTP sink's API at " + uri + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String setting(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
