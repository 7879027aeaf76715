package dev.platter.payment.payment;

import dev.platter.payment.loyalty.LoyaltyService;
import dev.platter.payment.promotion.PromotionService;
import dev.platter.payment.wallet.Ledger;
import dev.platter.payment.wallet.LedgerKind;
import dev.platter.platform.events.payment.PaymentAuthorized;
import dev.platter.platform.events.payment.PaymentCaptured;
import dev.platter.platform.events.payment.PaymentFailed;
import dev.platter.platform.events.payment.PaymentVoided;
import dev.platter.platform.events.payment.RefundFailed;
import dev.platter.platform.events.payment.RefundSucceeded;
import dev.platter.platform.web.ids.Uuids;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What goes with a payment's transitions, inside their transaction: the wallet movements, the promo use, the refunds
 * waiting for a capture, and the events, published through the outbox with the version just written.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PaymentEffects {

    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final Ledger ledger;
    private final PromotionService promotions;
    private final LoyaltyService loyalty;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentEffects(
            PaymentRepository payments,
            RefundRepository refunds,
            Ledger ledger,
            PromotionService promotions,
            LoyaltyService loyalty,
            ApplicationEventPublisher events,
            Clock clock) {
        this.payments = payments;
        this.refunds = refunds;
        this.ledger = ledger;
        this.promotions = promotions;
        this.loyalty = loyalty;
        this.events = events;
        this.clock = clock;
    }

    void releaseWallet(Payment payment) {
        ledger.release(payment.customerId(), payment.orderId(), payment.wallet());
    }

    void takeWallet(Payment payment, Payment.Split split) {
        if (split.wallet() > 0) {
            ledger.debit(payment.customerId(), payment.orderId(), payment.money(split.wallet()));
        }
        if (split.walletReleased() > 0) {
            ledger.release(payment.customerId(), payment.orderId(), payment.money(split.walletReleased()));
        }
    }

    void releasePromo(Payment payment) {
        if (payment.promoCode() != null) {
            promotions.release(payment.orderId());
        }
    }

    /** Writes the payment and publishes what its transitions did, with the new version. */
    Payment save(Payment payment) {
        var happened = payment.drainHappened();
        var saved = payments.saveAndFlush(payment);
        for (var what : happened) {
            events.publishEvent(event(saved, what));
        }
        return saved;
    }

    /**
     * After a capture: refunds decided while it was in flight go ahead (to the wallet now, to the card after the
     * commit).
     */
    List<FollowUp> settleWaitingRefunds(Payment payment) {
        var followUps = new ArrayList<FollowUp>();
        for (var refund : refunds.findByPaymentIdAndStatus(payment.id(), RefundStatus.PENDING)) {
            if (refund.destination() == RefundDestination.WALLET) {
                completeWalletRefund(payment, refund);
            } else {
                followUps.add(FollowUp.refund(refund.id()));
            }
        }
        return followUps;
    }

    /** Credits the wallet for a refund; the payment must be captured. */
    void completeWalletRefund(Payment payment, Refund refund) {
        ledger.credit(
                LedgerKind.REFUND,
                refund.id().toString(),
                payment.customerId(),
                refund.amount(),
                "Refund for order " + payment.orderId());
        refund.succeeded(null, clock.instant());
        payment.refunded(0, refund.amount().amountMinor(), clock.instant());
        refunded(payment, refund);
    }

    /** The card refund went through. */
    void completeCardRefund(Payment payment, Refund refund, String providerId) {
        refund.succeeded(providerId, clock.instant());
        payment.refunded(refund.amount().amountMinor(), 0, clock.instant());
        refunded(payment, refund);
    }

    void failRefund(Payment payment, Refund refund, String failure) {
        refund.failed(failure, clock.instant());
        refunds.saveAndFlush(refund);
        var saved = payments.saveAndFlush(payment);
        events.publishEvent(new RefundFailed(
                Uuids.v7(clock.millis()),
                clock.instant(),
                saved.orderId(),
                saved.version(),
                saved.id(),
                saved.customerId(),
                refund.id(),
                refund.reason(),
                refund.amount(),
                refund.refundKey(),
                failure));
    }

    private void refunded(Payment payment, Refund refund) {
        refunds.saveAndFlush(refund);
        var saved = payments.saveAndFlush(payment);
        long paid = saved.cardCapturedMinor() + saved.walletCapturedMinor();
        long refundedSoFar = saved.cardRefundedMinor() + saved.walletRefundedMinor();
        loyalty.reverse(saved.customerId(), saved.orderId(), refund.id(), paid, refundedSoFar);
        events.publishEvent(new RefundSucceeded(
                Uuids.v7(clock.millis()),
                clock.instant(),
                saved.orderId(),
                saved.version(),
                saved.id(),
                saved.customerId(),
                refund.id(),
                refund.reason(),
                refund.amount(),
                refund.destination() == RefundDestination.WALLET ? refund.amount() : saved.money(0),
                refund.refundKey()));
    }

    private Object event(Payment payment, Payment.Happened what) {
        var id = Uuids.v7(clock.millis());
        var now = clock.instant();
        return switch (what) {
            case AUTHORIZED ->
                new PaymentAuthorized(
                        id,
                        now,
                        payment.orderId(),
                        payment.version(),
                        payment.id(),
                        payment.customerId(),
                        payment.method(),
                        payment.total(),
                        payment.wallet());
            case FAILED ->
                new PaymentFailed(
                        id,
                        now,
                        payment.orderId(),
                        payment.version(),
                        payment.id(),
                        payment.customerId(),
                        payment.method(),
                        payment.total(),
                        payment.failureReason() == null
                                ? PaymentFailed.Reason.PROCESSING_ERROR
                                : payment.failureReason(),
                        payment.failureCode());
            case CAPTURED ->
                new PaymentCaptured(
                        id,
                        now,
                        payment.orderId(),
                        payment.version(),
                        payment.id(),
                        payment.customerId(),
                        payment.method(),
                        payment.money(payment.cardCapturedMinor() + payment.walletCapturedMinor()),
                        payment.money(payment.walletCapturedMinor()));
            case VOIDED ->
                new PaymentVoided(
                        id,
                        now,
                        payment.orderId(),
                        payment.version(),
                        payment.id(),
                        payment.customerId(),
                        payment.method(),
                        payment.total(),
                        payment.walletState() == WalletState.RELEASED ? payment.wallet() : payment.money(0));
        };
    }
}
