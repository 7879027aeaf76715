package dev.platter.order.support;

import dev.platter.order.checkout.PaymentRefused;
import dev.platter.order.config.ClientProperties;
import dev.platter.order.config.DependencyUnavailable;
import dev.platter.order.config.RestClients;
import dev.platter.order.config.ServiceTokens;
import dev.platter.platform.events.Money;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.json.JsonMapper;

/** payment-service's {@code POST /internal/refunds}, idempotent on the refund key. */
@Component
class RefundClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient payments;
    private final ServiceTokens tokens;

    RefundClient(RestClients clients, ClientProperties properties, ServiceTokens tokens) {
        this.payments = clients.to("payment-service", properties.payments());
        this.tokens = tokens;
    }

    record RefundRequest(
            String refundKey, UUID orderId, Money amount, SupportCase.Destination destination, @Nullable String note) {}

    record Refund(UUID refundId, String status, Money amount) {}

    Refund refund(RefundRequest request) {
        try {
            var refund = payments.post()
                    .uri("/internal/refunds")
                    .header("Authorization", "Bearer " + tokens.token())
                    .body(request)
                    .retrieve()
                    .body(Refund.class);
            if (refund == null) {
                throw new DependencyUnavailable("payment-service", new IllegalStateException("empty refund"));
            }
            return refund;
        } catch (HttpClientErrorException refused) {
            var body = refused.getResponseBodyAsString();
            throw PaymentRefused.from(
                    refused.getStatusCode().value(), body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body));
        } catch (RestClientException e) {
            throw new DependencyUnavailable("payment-service", e);
        }
    }
}
