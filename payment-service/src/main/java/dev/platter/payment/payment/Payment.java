package dev.platter.payment.payment;

import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.events.payment.PaymentFailed;
import dev.platter.platform.web.problem.IllegalTransition;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The payment of one order: a card (or cash) part and a wallet part that together make the total. Every transition
 * checks the current state, changes it and registers what happened ({@link Happened}); the service turns that into
 * events once the new version is written. Card data never reaches it: the provider's intent id stands for the card.
 */
@Entity
@Table(name = "payments")
class Payment {

    /** What a transition did, for the events published with it. */
    enum Happened {
        AUTHORIZED,
        FAILED,
        CAPTURED,
        VOIDED
    }

    /** How the kept amount of a capture divides into card and wallet, and what the wallet gives back. */
    record Split(long card, long wallet, long walletReleased) {}

    @Id
    private UUID id;

    private UUID orderId;

    private UUID customerId;

    private UUID restaurantId;

    @Enumerated(EnumType.STRING)
    private PaymentMethod method;

    @Enumerated(EnumType.STRING)
    private PaymentStatus status;

    private String currency;

    private long totalMinor;

    private long cardMinor;

    private long walletMinor;

    private long cardCapturedMinor;

    private long walletCapturedMinor;

    private long cardRefundedMinor;

    private long walletRefundedMinor;

    private @Nullable Long keepMinor;

    @Enumerated(EnumType.STRING)
    private WalletState walletState;

    private @Nullable String promoCode;

    private long discountMinor;

    private @Nullable String intentId;

    private @Nullable String clientSecret;

    private String providerKeyPrefix;

    @Enumerated(EnumType.STRING)
    private PaymentFailed.@Nullable Reason failureReason;

    private @Nullable String failureCode;

    private boolean orderEnded;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private @Nullable Long version;

    @Transient
    private final List<Happened> happened = new ArrayList<>();

    protected Payment() {}

    Payment(
            UUID id,
            UUID orderId,
            UUID customerId,
            UUID restaurantId,
            PaymentMethod method,
            Money total,
            Money wallet,
            @Nullable String promoCode,
            Money discount,
            Instant now) {
        if (total.amountMinor() <= 0 || wallet.amountMinor() < 0 || wallet.amountMinor() > total.amountMinor()) {
            throw new IllegalArgumentException("The wallet part must be between zero and the positive total");
        }
        long card = total.amountMinor() - wallet.amountMinor();
        boolean consistent =
                switch (method) {
                    case WALLET -> card == 0;
                    case CARD, CASH -> card > 0;
                };
        if (!consistent) {
            throw new InconsistentPayment(method, total, wallet);
        }
        this.id = id;
        this.orderId = orderId;
        this.customerId = customerId;
        this.restaurantId = restaurantId;
        this.method = method;
        this.currency = total.currency();
        this.totalMinor = total.amountMinor();
        this.cardMinor = card;
        this.walletMinor = wallet.amountMinor();
        this.walletState = walletMinor > 0 ? WalletState.RESERVED : WalletState.NONE;
        this.promoCode = promoCode;
        this.discountMinor = discount.amountMinor();
        this.providerKeyPrefix = "platter-pay-" + id;
        this.createdAt = now;
        this.updatedAt = now;
        if (method == PaymentMethod.CARD) {
            this.status = PaymentStatus.PENDING;
        } else {
            // A reserved wallet amount and cash due on delivery are secured at once.
            this.status = PaymentStatus.AUTHORIZED;
            happened.add(Happened.AUTHORIZED);
        }
    }

    /** The provider created the card's intent. */
    void intentCreated(String intentId, @Nullable String clientSecret, Instant now) {
        if (this.intentId != null && !this.intentId.equals(intentId)) {
            throw new IllegalStateException("Payment " + id + " already has intent " + this.intentId);
        }
        this.intentId = intentId;
        this.clientSecret = clientSecret;
        this.updatedAt = now;
    }

    /** The card is authorised for the whole card part. */
    void authorize(Instant now) {
        require(PaymentStatus.PENDING, "be authorised");
        move(PaymentStatus.AUTHORIZED, now);
        happened.add(Happened.AUTHORIZED);
    }

    /** The card could not be authorised; answers whether the wallet part is to be released. */
    boolean fail(PaymentFailed.Reason reason, @Nullable String code, Instant now) {
        require(PaymentStatus.PENDING, "fail");
        this.failureReason = reason;
        this.failureCode = code;
        move(PaymentStatus.FAILED, now);
        happened.add(Happened.FAILED);
        return releaseWallet();
    }

    /**
     * The order keeps {@code keep} of its total (all of it when the restaurant accepts, less when a cancellation
     * refunds part): a card is asked to capture its share, the wallet waits for the card; a wallet-only payment is
     * taken at once.
     *
     * @return the split when it is taken at once (no card to wait for), else null
     */
    @Nullable
    Split requestCapture(long keep, Instant now) {
        require(PaymentStatus.AUTHORIZED, "be captured");
        if (keep <= 0 || keep > totalMinor) {
            throw new IllegalArgumentException("Keeps " + keep + " of " + totalMinor);
        }
        this.keepMinor = keep;
        if (method == PaymentMethod.CARD) {
            move(PaymentStatus.CAPTURE_REQUESTED, now);
            return null;
        }
        if (method == PaymentMethod.CASH) {
            throw new IllegalTransition("Payment", status, "be captured before the cash is collected");
        }
        return captured(0, now);
    }

    /** The card capture the provider did, for this much; the wallet's share is taken with it. */
    Split captured(long cardReceived, Instant now) {
        if (status != PaymentStatus.CAPTURE_REQUESTED && status != PaymentStatus.AUTHORIZED) {
            throw new IllegalTransition("Payment", status, "be captured");
        }
        long keep = keepMinor == null ? totalMinor : keepMinor;
        long walletShare = Math.max(0, Math.min(walletMinor, keep - cardReceived));
        this.cardCapturedMinor = cardReceived;
        var split = takeWallet(walletShare);
        move(PaymentStatus.CAPTURED, now);
        happened.add(Happened.CAPTURED);
        return split;
    }

    /** Cash paid on a CASH order: what the rider collected, and the wallet part with it unless taken already. */
    Split cashCollected(long collected, Instant now) {
        require(PaymentStatus.AUTHORIZED, "collect cash");
        if (method != PaymentMethod.CASH) {
            throw new IllegalTransition("Payment", method, "collect cash");
        }
        this.cardCapturedMinor = collected;
        var split = walletState == WalletState.RESERVED ? takeWallet(walletMinor) : new Split(collected, 0, 0);
        move(PaymentStatus.CAPTURED, now);
        happened.add(Happened.CAPTURED);
        return new Split(collected, split.wallet(), split.walletReleased());
    }

    private Split takeWallet(long share) {
        if (walletState != WalletState.RESERVED) {
            return new Split(cardCapturedMinor, 0, 0);
        }
        this.walletCapturedMinor = share;
        this.walletState = WalletState.DEBITED;
        return new Split(cardCapturedMinor, share, walletMinor - share);
    }

    /**
     * The order ends before capture: with a card intent to cancel, the cancellation is requested; without, the payment
     * is void at once. Answers whether the wallet part is to be released.
     */
    boolean requestVoid(Instant now) {
        if (status != PaymentStatus.PENDING && status != PaymentStatus.AUTHORIZED) {
            throw new IllegalTransition("Payment", status, "be voided");
        }
        if (intentId != null) {
            move(PaymentStatus.VOID_REQUESTED, now);
            return releaseWallet();
        }
        return voided(now);
    }

    /** The provider cancelled the intent (or there was none); answers whether the wallet part is to be released. */
    boolean voided(Instant now) {
        if (status != PaymentStatus.PENDING
                && status != PaymentStatus.AUTHORIZED
                && status != PaymentStatus.VOID_REQUESTED
                && status != PaymentStatus.CAPTURE_REQUESTED) {
            throw new IllegalTransition("Payment", status, "be voided");
        }
        move(PaymentStatus.VOIDED, now);
        happened.add(Happened.VOIDED);
        return releaseWallet();
    }

    private boolean releaseWallet() {
        if (walletState == WalletState.RESERVED) {
            walletState = WalletState.RELEASED;
            return true;
        }
        return false;
    }

    /** The order ended (cancelled, rejected, expired): an authorisation arriving now is voided. */
    void orderEnded(Instant now) {
        this.orderEnded = true;
        this.updatedAt = now;
    }

    /** What may still be refunded, to anywhere and to the card. */
    long refundable() {
        return cardCapturedMinor + walletCapturedMinor - cardRefundedMinor - walletRefundedMinor;
    }

    long refundableToCard() {
        return cardCapturedMinor - cardRefundedMinor;
    }

    void refunded(long toCard, long toWallet, Instant now) {
        if (status != PaymentStatus.CAPTURED) {
            throw new IllegalTransition("Payment", status, "be refunded");
        }
        if (toCard > refundableToCard() || toCard + toWallet > refundable()) {
            throw new IllegalArgumentException("Refund beyond what was captured");
        }
        this.cardRefundedMinor += toCard;
        this.walletRefundedMinor += toWallet;
        this.updatedAt = now;
    }

    private void require(PaymentStatus expected, String transition) {
        if (status != expected) {
            throw new IllegalTransition("Payment", status, transition);
        }
    }

    private void move(PaymentStatus next, Instant now) {
        this.status = next;
        this.updatedAt = now;
    }

    List<Happened> drainHappened() {
        var drained = List.copyOf(happened);
        happened.clear();
        return drained;
    }

    String idempotencyKey(String operation) {
        return providerKeyPrefix + "-" + operation;
    }

    Money money(long minor) {
        return Money.of(minor, currency);
    }

    UUID id() {
        return id;
    }

    UUID orderId() {
        return orderId;
    }

    UUID customerId() {
        return customerId;
    }

    UUID restaurantId() {
        return restaurantId;
    }

    PaymentMethod method() {
        return method;
    }

    PaymentStatus status() {
        return status;
    }

    String currency() {
        return currency;
    }

    Money total() {
        return money(totalMinor);
    }

    Money card() {
        return money(cardMinor);
    }

    Money wallet() {
        return money(walletMinor);
    }

    long keep() {
        return keepMinor == null ? totalMinor : keepMinor;
    }

    /** What the card is to capture of the kept amount (its share first, the wallet covers the rest). */
    long cardKeep() {
        return Math.min(cardMinor, keep());
    }

    long cardCapturedMinor() {
        return cardCapturedMinor;
    }

    long walletCapturedMinor() {
        return walletCapturedMinor;
    }

    long cardRefundedMinor() {
        return cardRefundedMinor;
    }

    long walletRefundedMinor() {
        return walletRefundedMinor;
    }

    WalletState walletState() {
        return walletState;
    }

    @Nullable
    String promoCode() {
        return promoCode;
    }

    long discountMinor() {
        return discountMinor;
    }

    @Nullable
    String intentId() {
        return intentId;
    }

    @Nullable
    String clientSecret() {
        return clientSecret;
    }

    PaymentFailed.@Nullable Reason failureReason() {
        return failureReason;
    }

    @Nullable
    String failureCode() {
        return failureCode;
    }

    boolean isOrderEnded() {
        return orderEnded;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version == null ? 0 : version;
    }

    /** The amounts do not fit the method. */
    static class InconsistentPayment extends dev.platter.platform.web.problem.PlatterException {

        InconsistentPayment(PaymentMethod method, Money total, Money wallet) {
            super("A " + method + " payment of " + total.amountMinor() + " cannot have a wallet part of "
                    + wallet.amountMinor()
                    + (method == PaymentMethod.WALLET
                            ? ": a WALLET payment is paid wholly from the wallet"
                            : ": a CARD or CASH payment leaves something for the card or the cash"));
        }

        @Override
        public org.springframework.http.HttpStatus status() {
            return org.springframework.http.HttpStatus.BAD_REQUEST;
        }

        @Override
        public String kind() {
            return "inconsistent-payment";
        }

        @Override
        public String title() {
            return "The payment's amounts do not fit its method";
        }
    }
}
