package dev.platter.order.checkout;

import dev.platter.order.config.ClientProperties;
import dev.platter.order.config.DependencyUnavailable;
import dev.platter.order.config.RestClients;
import dev.platter.order.config.ServiceTokens;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * payment-service's promo evaluation and payment creation ({@code /internal/*}), with a service token and timeouts.
 * A refusal (4xx problem) comes back as {@link PaymentRefused} with payment-service's own problem type; no answer, or
 * a 5xx, is {@link DependencyUnavailable}.
 */
@Component
class PaymentClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient payments;
    private final ServiceTokens tokens;

    PaymentClient(RestClients clients, ClientProperties properties, ServiceTokens tokens) {
        this.payments = clients.to("payment-service", properties.payments());
        this.tokens = tokens;
    }

    record EvaluateRequest(String code, UUID customerId, UUID restaurantId, Money itemsTotal, UUID orderId) {}

    record Evaluation(String code, Money discount) {}

    record CreatePayment(
            UUID orderId,
            UUID customerId,
            UUID restaurantId,
            PaymentMethod method,
            Money total,
            Money walletAmount,
            @Nullable String promoCode,
            Money discount,
            Money itemsTotal) {}

    /** What the app needs to confirm the payment: the intent's client secret for a card. */
    record Payment(UUID paymentId, String status, @Nullable String clientSecret) {}

    /** What the customer's wallet holds in a currency: {@code available} can be spent, {@code reserved} is held. */
    record Wallet(Money available, Money reserved) {}

    Wallet wallet(UUID customerId, String currency) {
        return call(() -> payments.get()
                .uri("/internal/wallets/{customerId}?currency={currency}", customerId, currency)
                .header("Authorization", "Bearer " + tokens.token())
                .retrieve()
                .body(Wallet.class));
    }

    Evaluation evaluate(EvaluateRequest request) {
        return call(() -> payments.post()
                .uri("/internal/promotions/evaluate")
                .header("Authorization", "Bearer " + tokens.token())
                .body(request)
                .retrieve()
                .body(Evaluation.class));
    }

    Payment create(CreatePayment request) {
        return call(() -> payments.post()
                .uri("/internal/payments")
                .header("Authorization", "Bearer " + tokens.token())
                .body(request)
                .retrieve()
                .body(Payment.class));
    }

    private interface Call<T> {
        @Nullable
        T run();
    }

    private static <T> T call(Call<T> call) {
        try {
            var answer = call.run();
            if (answer == null) {
                throw new DependencyUnavailable("payment-service", new IllegalStateException("empty answer"));
            }
            return answer;
        } catch (HttpClientErrorException refused) {
            throw PaymentRefused.from(refused.getStatusCode().value(), problem(refused));
        } catch (RestClientException e) {
            throw new DependencyUnavailable("payment-service", e);
        }
    }

    private static JsonNode problem(HttpClientErrorException refused) {
        try {
            return JSON.readTree(refused.getResponseBodyAsString());
        } catch (RuntimeException notJson) {
            return JSON.createObjectNode();
        }
    }
}
