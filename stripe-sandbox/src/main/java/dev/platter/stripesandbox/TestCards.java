package dev.platter.stripesandbox;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Stripe's test payment methods and what confirming with them does. Any other {@code pm_card_*} (e.g.
 * {@code pm_card_visa}, {@code pm_card_mastercard}) succeeds.
 */
final class TestCards {

    /** A decline: the error code, the issuer's decline code, and the message. */
    record Decline(String code, @Nullable String declineCode, String message) {}

    private static final Map<String, Decline> DECLINES = Map.of(
            "pm_card_chargeDeclined", new Decline("card_declined", "generic_decline", "Your card was declined."),
            "pm_card_visa_chargeDeclined", new Decline("card_declined", "generic_decline", "Your card was declined."),
            "pm_card_chargeDeclinedInsufficientFunds",
                    new Decline("card_declined", "insufficient_funds", "Your card has insufficient funds."),
            "pm_card_chargeDeclinedFraudulent", new Decline("card_declined", "fraudulent", "Your card was declined."),
            "pm_card_chargeDeclinedExpiredCard", new Decline("expired_card", null, "Your card has expired."),
            "pm_card_chargeDeclinedIncorrectCvc",
                    new Decline("incorrect_cvc", null, "Your card's security code is incorrect."),
            "pm_card_chargeDeclinedProcessingError",
                    new Decline("processing_error", null, "An error occurred while processing your card."));

    private TestCards() {}

    static @Nullable Decline decline(String paymentMethod) {
        return DECLINES.get(paymentMethod);
    }

    /** 3-D Secure is required: the intent waits in {@code requires_action} until the customer authenticates. */
    static boolean requiresAuthentication(String paymentMethod) {
        return paymentMethod.equals("pm_card_authenticationRequired")
                || paymentMethod.equals("pm_card_threeDSecure2Required")
                || paymentMethod.equals("pm_card_authenticationRequiredOnSetup");
    }
}
