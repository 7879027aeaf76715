package dev.platter.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.platter.platform.test.HttpStub;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The third parties of the tests, one set per JVM: a real SMTP server (GreenMail), an FCM stub and a Twilio stub. The
 * FCM stub answers by device token: a token starting {@code gone-} is UNREGISTERED, one starting {@code busy-} gets a
 * 429 with {@code Retry-After: 2} on its first request; every other token is accepted.
 */
public final class Providers {

    public static final String FCM_PROJECT = "platter-test";
    public static final String TWILIO_ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    public static final String TWILIO_FROM = "+15005550006";

    public static final GreenMail SMTP = startSmtp();
    private static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();

    public static final HttpStub FCM = new HttpStub(request -> {
        if (!request.path().equals("/v1/projects/" + FCM_PROJECT + "/messages:send")) {
            return HttpStub.Reply.json(
                    404, "{\"error\":{\"code\":404,\"message\":\"no such path\",\"status\":\"NOT_FOUND\"}}");
        }
        var body = request.body();
        if (body.contains("\"token\":\"gone-")) {
            return HttpStub.Reply.json(404, fcmError(404, "NOT_FOUND", "UNREGISTERED"));
        }
        var token = body.replaceAll("(?s).*\"token\":\"([^\"]+)\".*", "$1");
        if (token.startsWith("busy-")
                && ATTEMPTS.computeIfAbsent(token, t -> new AtomicInteger()).incrementAndGet() == 1) {
            return new HttpStub.Reply(
                    429, fcmError(429, "RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED"), Map.of("Retry-After", "2"));
        }
        return HttpStub.Reply.json(
                200, "{\"name\":\"projects/" + FCM_PROJECT + "/messages/" + UUID.randomUUID() + "\"}");
    });

    public static final HttpStub TWILIO = new HttpStub(request -> {
        var sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        var form = URLDecoder.decode(request.body(), StandardCharsets.UTF_8);
        return HttpStub.Reply.json(
                201,
                "{\"sid\":\"" + sid + "\",\"account_sid\":\"" + TWILIO_ACCOUNT + "\",\"status\":\"queued\","
                        + "\"num_segments\":\"1\",\"direction\":\"outbound-api\",\"body\":"
                        + tools.jackson.databind.json.JsonMapper.builder()
                                .build()
                                .writeValueAsString(form.replaceAll("(?s).*Body=([^&]*).*", "$1"))
                        + "}");
    });

    private Providers() {}

    private static String fcmError(int code, String status, String errorCode) {
        return "{\"error\":{\"code\":" + code + ",\"message\":\"" + errorCode + "\",\"status\":\"" + status
                + "\",\"details\":[{\"@type\":\"type.googleapis.com/google.firebase.fcm.v1.FcmError\","
                + "\"errorCode\":\"" + errorCode + "\"}]}}";
    }

    private static GreenMail startSmtp() {
        var smtp = new GreenMail(ServerSetup.SMTP.dynamicPort());
        smtp.start();
        return smtp;
    }

    /** Settings that point notification-service at these providers. */
    public static Map<String, String> properties() {
        return Map.of(
                "spring.mail.port",
                Integer.toString(SMTP.getSmtp().getPort()),
                "spring.mail.host",
                "127.0.0.1",
                "platter.notifications.push.project-id",
                FCM_PROJECT,
                "platter.notifications.push.access-token",
                "fcm-stub-token",
                "platter.notifications.push.endpoint",
                FCM.url(),
                "platter.notifications.sms.account-sid",
                TWILIO_ACCOUNT,
                "platter.notifications.sms.auth-token",
                "twilio-stub-secret",
                "platter.notifications.sms.from",
                TWILIO_FROM,
                "platter.notifications.sms.endpoint",
                TWILIO.url());
    }
}
