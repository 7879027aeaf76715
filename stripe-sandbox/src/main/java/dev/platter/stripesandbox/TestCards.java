package dev.platter.stripesandbox;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Stripe's test payment methods ({@code pm_card_*}) and what confirming with them does. Any other {@code pm_card_*}
 * (e.g. {@code pm_card_visa}, {@code pm_card_mastercard}) succeeds.
 */
final class TestCards {

    /** A decline: the error code, the issuer's decline code, and the message. */
    record Decline(String code, @Nullable String declineCode, String message) {}

    /** What the card looks like on the charge and the payment method. */
    record Card(String brand, String last4) {}

    private static final Decline GENERIC = new Decline("card_declined", "generic_decline", "Your card was declined.");
    private static final Decline INSUFFICIENT =
            new Decline("card_declined", "insufficient_funds", "Your card has insufficient funds.");

    private static final Map<String, Decline> DECLINES = Map.of(
            "pm_card_chargeDeclined", GENERIC,
            "pm_card_visa_chargeDeclined", GENERIC,
            "pm_card_chargeDeclinedInsufficientFunds", INSUFFICIENT,
            "pm_card_visa_chargeDeclinedInsufficientFunds", INSUFFICIENT,
            "pm_card_chargeDeclinedFraudulent", new Decline("card_declined", "fraudulent", "Your card was declined."),
            "pm_card_visa_chargeDeclinedLostCard", new Decline("card_declined", "lost_card", "Your card was declined."),
            "pm_card_chargeDeclinedExpiredCard", new Decline("expired_card", "expired_card", "Your card has expired."),
            "pm_card_chargeDeclinedIncorrectCvc",
                    new Decline("incorrect_cvc", "incorrect_cvc", "Your card's security code is incorrect."),
            "pm_card_chargeDeclinedProcessingError",
                    new Decline(
                            "processing_error",
                            "processing_error",
                            "An error occurred while processing your card. Try again in a little bit."));

    private static final Map<String, Card> CARDS = Map.of(
            "pm_card_mastercard", new Card("mastercard", "4444"),
            "pm_card_amex", new Card("amex", "8431"),
            "pm_card_chargeDeclined", new Card("visa", "0002"),
            "pm_card_visa_chargeDeclined", new Card("visa", "0002"),
            "pm_card_chargeDeclinedInsufficientFunds", new Card("visa", "9995"),
            "pm_card_authenticationRequired", new Card("visa", "3184"),
            "pm_card_threeDSecure2Required", new Card("visa", "3220"),
            "pm_card_refundFail", new Card("visa", "5126"));

    private TestCards() {}

    /** Whether this is one of Stripe's test payment method ids. */
    static boolean isTestCard(String paymentMethod) {
        return paymentMethod.startsWith("pm_card_") && paymentMethod.length() > "pm_card_".length();
    }

    static @Nullable Decline decline(String testCard) {
        return DECLINES.get(testCard);
    }

    /** 3-D Secure is required: the intent waits in {@code requires_action} until the customer authenticates. */
    static boolean requiresAuthentication(String testCard) {
        return testCard.equals("pm_card_authenticationRequired")
                || testCard.equals("pm_card_threeDSecure2Required")
                || testCard.equals("pm_card_authenticationRequiredOnSetup");
    }

    /** The charge succeeds, but a refund of it fails shortly after it was created. */
    static boolean refundFails(String testCard) {
        return testCard.equals("pm_card_refundFail");
    }

    static Card card(String testCard) {
        return CARDS.getOrDefault(testCard, new Card("visa", "4242"));
    }
}
