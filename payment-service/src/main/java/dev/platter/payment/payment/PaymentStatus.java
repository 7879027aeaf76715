package dev.platter.payment.payment;

/** Where an order's payment stands. Moves forward only; the final states are CAPTURED, VOIDED and FAILED. */
public enum PaymentStatus {
    /** Recorded; the card's PaymentIntent is created (or being created) and waits for the customer to confirm. */
    PENDING,
    /** The money is secured: card authorised, wallet part reserved, or cash accepted as due on delivery. */
    AUTHORIZED,
    /** The restaurant accepted: the card capture was asked of the provider and its answer is awaited. */
    CAPTURE_REQUESTED,
    /** The order ended before capture: the cancellation was asked of the provider and its answer is awaited. */
    VOID_REQUESTED,
    /** The money was taken (refunds may follow). */
    CAPTURED,
    /** The secured money was released without being taken. */
    VOIDED,
    /** The money could not be secured. */
    FAILED;

    boolean isFinal() {
        return this == CAPTURED || this == VOIDED || this == FAILED;
    }
}
