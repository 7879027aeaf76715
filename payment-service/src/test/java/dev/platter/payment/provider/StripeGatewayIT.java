package dev.platter.payment.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stripe.StripeClient;
import dev.platter.payment.Orders;
import dev.platter.payment.Sandbox;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The gateway through stripe-java against the sandbox, without the rest of the service. */
class StripeGatewayIT {

    private static StripeGateway gateway(String secretKey) {
        return new StripeGateway(StripeClient.builder()
                .setApiKey(secretKey)
                .setApiBase(Sandbox.API_BASE)
                .setMaxNetworkRetries(1)
                .build());
    }

    @Test
    void aKeyTheProviderDoesNotKnowIsAnAuthenticationFailureAndNothingIsCreated() {
        var orderId = UUID.randomUUID();

        assertThatThrownBy(() -> gateway("sk_live_not_a_test_key")
                        .createIntent(
                                UUID.randomUUID(),
                                orderId,
                                UUID.randomUUID(),
                                Orders.PANEER_TIKKA_DINNER,
                                "k-" + orderId))
                .isInstanceOf(ProviderUnavailable.class)
                .hasCauseInstanceOf(com.stripe.exception.AuthenticationException.class);
        assertThat(new Sandbox().intentsOfOrder(orderId)).isEmpty();
    }

    @Test
    void capturesNoMoreThanWasAuthorisedAndRefusesToCaptureTwice() {
        var gateway = gateway(Sandbox.SECRET_KEY);
        var paymentId = UUID.randomUUID();
        var intent = gateway.createIntent(
                paymentId,
                UUID.randomUUID(),
                UUID.randomUUID(),
                Orders.MASALA_DOSA,
                "platter-pay-" + paymentId + "-create");
        new Sandbox().confirm(intent.id(), "pm_card_visa");

        assertThatThrownBy(() -> gateway.capture(intent.id(), 12001, "platter-pay-" + paymentId + "-capture-too-much"))
                .isInstanceOf(ProviderRefused.class);
        var captured = gateway.capture(intent.id(), 12000, "platter-pay-" + paymentId + "-capture");
        assertThat(captured.succeeded()).isTrue();
        assertThat(captured.amountReceived()).isEqualTo(12000);
        assertThat(gateway.capture(intent.id(), 12000, "platter-pay-" + paymentId + "-capture")
                        .succeeded())
                .as("the same key replays the first answer")
                .isTrue();
    }
}
