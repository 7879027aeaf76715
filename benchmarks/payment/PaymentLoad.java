import com.sun.net.httpserver.HttpServer;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Load on payment-service at fixed arrival rates (open model, latency from each request's scheduled start, as
 * benchmarks/gateway/FixedRateLoad.java measures: it runs the steps), with a fresh request each time:
 *
 * <ul>
 *   <li>{@code POST /internal/payments}: a new CARD order per request (a PaymentIntent created in the sandbox through
 *       stripe-java, the attempt stored before and the answer after);
 *   <li>{@code POST /webhooks/stripe}: a signed event with a new id per request for an intent confirmed beforehand
 *       (signature check, the intent re-read from the sandbox, the event recorded and the payment updated in one
 *       transaction).
 * </ul>
 *
 * It serves the JWKS of the key that signs its SERVICE token, so the service under test validates it as any other.
 *
 * <p>Usage: {@code java -cp <FixedRateLoad compiled> PaymentLoad.java <service url> <sandbox url> <secret key> <webhook secret> <jwks port>
 * <requests per step> <warm-up requests> <rate...>}
 */
public class PaymentLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private static final FixedRateLoad LOAD = new FixedRateLoad(16);

    public static void main(String[] args) throws Exception {
        var service = args[0];
        var sandbox = args[1];
        var secretKey = args[2];
        var webhookSecret = args[3];
        int jwksPort = Integer.parseInt(args[4]);
        int count = Integer.parseInt(args[5]);
        int warmUp = Integer.parseInt(args[6]);
        var rates = Arrays.stream(args, 7, args.length).mapToInt(Integer::parseInt).toArray();
        var token = serviceToken(jwksPort);

        IntFunction<HttpRequest> payment = i -> HttpRequest.newBuilder(URI.create(service + "/internal/payments"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(paymentBody(UUID.randomUUID())))
                .build();
        LOAD.run(payment, rates[0], warmUp, status -> status == 201);
        for (int rate : rates) {
            report(LOAD.run(payment, rate, count, status -> status == 201).describe("POST /internal/payments", rate));
        }

        var intents = confirmedIntents(service, sandbox, secretKey, token, 200);
        var sequence = new AtomicInteger();
        IntFunction<HttpRequest> webhook = i -> {
            var payload = event("evt_bench_" + UUID.randomUUID().toString().replace("-", ""),
                    intents.get(sequence.getAndIncrement() % intents.size()));
            return HttpRequest.newBuilder(URI.create(service + "/webhooks/stripe"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("Stripe-Signature", sign(webhookSecret, payload))
                    .POST(HttpRequest.BodyPublishers.ofString(payload))
                    .build();
        };
        LOAD.run(webhook, rates[0], warmUp, status -> status == 200);
        for (int rate : rates) {
            report(LOAD.run(webhook, rate, count, status -> status == 200).describe("POST /webhooks/stripe", rate));
        }
        System.exit(0);
    }

    private static void report(String line) {
        System.out.println(line);
    }

    private static String paymentBody(UUID orderId) {
        return "{\"orderId\":\"" + orderId + "\",\"customerId\":\"" + UUID.randomUUID()
                + "\",\"restaurantId\":\"0190a3c2-5b7e-7000-8000-5b1ce0000001\",\"method\":\"CARD\","
                + "\"total\":{\"amountMinor\":34950,\"currency\":\"INR\"},"
                + "\"walletAmount\":{\"amountMinor\":0,\"currency\":\"INR\"}}";
    }

    /** Card payments created through the service and confirmed at the sandbox: the intents webhooks speak of. */
    private static List<String> confirmedIntents(String service, String sandbox, String key, String token, int n)
            throws Exception {
        var intents = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            var created = HTTP.send(
                    HttpRequest.newBuilder(URI.create(service + "/internal/payments"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(paymentBody(UUID.randomUUID())))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            var body = created.body();
            var marker = "\"intentId\":\"";
            var at = body.indexOf(marker);
            if (created.statusCode() != 201 || at < 0) {
                throw new IllegalStateException("Payment not created: " + created.statusCode() + " " + body);
            }
            var intentId = body.substring(at + marker.length(), body.indexOf('"', at + marker.length()));
            var confirmed = HTTP.send(
                    HttpRequest.newBuilder(URI.create(sandbox + "/v1/payment_intents/" + intentId + "/confirm"))
                            .header("Authorization", "Bearer " + key)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("payment_method=pm_card_visa"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (confirmed.statusCode() != 200) {
                throw new IllegalStateException("Intent not confirmed: " + confirmed.body());
            }
            intents.add(intentId);
        }
        return intents;
    }

    private static String event(String eventId, String intentId) {
        return "{\"id\":\"" + eventId + "\",\"object\":\"event\",\"api_version\":\"2026-01-28.clover\",\"created\":"
                + Instant.now().getEpochSecond() + ",\"type\":\"payment_intent.amount_capturable_updated\","
                + "\"livemode\":false,\"data\":{\"object\":{\"id\":\"" + intentId
                + "\",\"object\":\"payment_intent\",\"status\":\"requires_capture\"}}}";
    }

    private static String sign(String secret, String payload) {
        try {
            long timestamp = Instant.now().getEpochSecond();
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "t=" + timestamp + ",v1="
                    + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An RS256 access token with role SERVICE, its key published at {@code /.well-known/jwks.json} on the port. */
    private static String serviceToken(int jwksPort) throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var keys = generator.generateKeyPair();
        var publicKey = (RSAPublicKey) keys.getPublic();
        var jwks = "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"bench\",\"n\":\""
                + b64(unsigned(publicKey.getModulus())) + "\",\"e\":\"" + b64(unsigned(publicKey.getPublicExponent()))
                + "\"}]}";
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", jwksPort), 0);
        server.createContext("/.well-known/jwks.json", exchange -> {
            var bytes = jwks.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (var out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        long now = Instant.now().getEpochSecond();
        var header = b64("{\"alg\":\"RS256\",\"kid\":\"bench\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        var claims = b64(("{\"sub\":\"" + UUID.randomUUID() + "\",\"iss\":\"https://platter.dev\",\"aud\":\"platter\","
                        + "\"roles\":[\"SERVICE\"],\"typ\":\"access\",\"jti\":\"" + UUID.randomUUID() + "\",\"iat\":" + now
                        + ",\"exp\":" + (now + 900) + "}")
                .getBytes(StandardCharsets.UTF_8));
        var signer = Signature.getInstance("SHA256withRSA");
        signer.initSign((RSAPrivateKey) keys.getPrivate());
        signer.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return header + "." + claims + "." + b64(signer.sign());
    }

    private static byte[] unsigned(BigInteger value) {
        var bytes = value.toByteArray();
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
