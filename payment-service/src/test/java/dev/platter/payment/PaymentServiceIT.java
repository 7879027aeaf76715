package dev.platter.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.platter.platform.events.EventHeaders;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.Topics;
import dev.platter.platform.test.TestTokens;
import dev.platter.platform.test.TopicReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of payment-service's integration tests: the shared context pointed at this run's sandbox account, an HTTP
 * client with tokens for every role, the payments topic, and the steps of a payment as order-service and the
 * customer's app take them.
 */
@PaymentServiceContext
public abstract class PaymentServiceIT {

    protected static final HttpClient HTTP = HttpClient.newHttpClient();
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final Sandbox SANDBOX = new Sandbox();
    protected static final String SERVICE = TestTokens.forRoles("SERVICE");
    protected static final String ADMIN = TestTokens.forRoles("ADMIN");

    private static TopicReader payments;

    @Value("${local.server.port}")
    protected int port;

    protected static synchronized TopicReader paymentsTopic() {
        if (payments == null) {
            payments = TopicReader.of(Topics.PAYMENTS);
        }
        return payments;
    }

    protected HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    protected static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected HttpResponse<String> post(String path, String token, Object body) {
        return send(request(path)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(json(body)));
    }

    protected HttpResponse<String> postIdempotent(String path, String token, String key, Object body) {
        return send(request(path)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(json(body)));
    }

    protected HttpResponse<String> get(String path, String token) {
        return send(request(path).header("Authorization", "Bearer " + token).GET());
    }

    protected static HttpRequest.BodyPublisher json(Object body) {
        return HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body));
    }

    protected static JsonNode body(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    protected static String problemType(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return body(response).get("type").asString();
    }

    protected static Map<String, Object> money(Money amount) {
        return Map.of("amountMinor", amount.amountMinor(), "currency", amount.currency());
    }

    /** order-service's request for an order's payment. */
    protected static Map<String, Object> paymentRequest(Orders.Order order) {
        var body = new LinkedHashMap<String, Object>();
        body.put("orderId", order.orderId());
        body.put("customerId", order.customerId());
        body.put("restaurantId", Orders.SPICE_GARDEN);
        body.put("method", order.method().name());
        body.put("total", money(order.total()));
        body.put("walletAmount", money(order.wallet()));
        return body;
    }

    protected HttpResponse<String> createPayment(Orders.Order order) {
        return post("/internal/payments", SERVICE, paymentRequest(order));
    }

    /** Creates the payment and asserts it was made. */
    protected JsonNode paid(Orders.Order order) {
        var response = createPayment(order);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return body(response);
    }

    /** Creates a card payment and confirms it as the app does; waits until it is authorised. */
    protected JsonNode authorisedCard(Orders.Order order) {
        var payment = paid(order);
        SANDBOX.confirm(payment.get("intentId").asString(), "pm_card_visa");
        return awaitStatus(order.orderId(), "AUTHORIZED");
    }

    protected JsonNode payment(UUID orderId) {
        var response = get("/internal/payments?orderId=" + orderId, SERVICE);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return body(response);
    }

    protected JsonNode awaitStatus(UUID orderId, String status) {
        await().untilAsserted(() ->
                assertThat(payment(orderId).get("status").asString()).isEqualTo(status));
        return payment(orderId);
    }

    /** Credits the customer's wallet as an admin would. */
    protected void fundWallet(UUID customerId, Money amount) {
        var response = postIdempotent(
                "/api/v1/admin/wallets/" + customerId + "/credits",
                ADMIN,
                UUID.randomUUID().toString(),
                Map.of("amount", money(amount), "note", "Welcome credit"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    protected JsonNode wallet(UUID customerId) {
        var response = get("/internal/wallets/" + customerId, SERVICE);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return body(response);
    }

    /** The payment events of this order, of this type, published so far. */
    protected static List<ConsumerRecord<String, byte[]>> published(UUID orderId, String type) {
        return paymentsTopic()
                .matching(record -> orderId.toString().equals(record.key())
                        && type.equals(TopicReader.header(record, EventHeaders.EVENT_TYPE)));
    }

    protected static JsonNode awaitPublished(UUID orderId, String type) {
        var record = paymentsTopic()
                .awaitRecord(candidate -> orderId.toString().equals(candidate.key())
                        && type.equals(TopicReader.header(candidate, EventHeaders.EVENT_TYPE)));
        return JSON.readTree(record.value());
    }
}
