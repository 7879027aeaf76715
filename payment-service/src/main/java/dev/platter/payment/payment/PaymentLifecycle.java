package dev.platter.payment.payment;

import dev.platter.payment.loyalty.LoyaltyService;
import dev.platter.payment.promotion.PromotionService;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.events.PlatterEvent;
import dev.platter.platform.events.delivery.DeliveryCompleted;
import dev.platter.platform.events.order.OrderAccepted;
import dev.platter.platform.events.order.OrderCancelled;
import dev.platter.platform.events.order.OrderDelivered;
import dev.platter.platform.events.order.OrderRejected;
import dev.platter.platform.events.payment.RefundReason;
import dev.platter.platform.web.inbox.Inbox;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money side of the order lifecycle, driven by order and delivery events. Each reaction records the event id in
 * the inbox in the transaction of its effect, works in any state (apply, ignore as superseded, or compensate), and
 * answers the provider calls to make after the commit.
 */
@Service
class PaymentLifecycle {

    static final String CONSUMER = "payment-lifecycle";

    private static final Logger log = LoggerFactory.getLogger(PaymentLifecycle.class);

    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final PaymentEffects effects;
    private final PromotionService promotions;
    private final LoyaltyService loyalty;
    private final Inbox inbox;
    private final EndedOrders endedOrders;
    private final Clock clock;

    PaymentLifecycle(
            PaymentRepository payments,
            RefundRepository refunds,
            PaymentEffects effects,
            PromotionService promotions,
            LoyaltyService loyalty,
            Inbox inbox,
            EndedOrders endedOrders,
            Clock clock) {
        this.payments = payments;
        this.refunds = refunds;
        this.effects = effects;
        this.promotions = promotions;
        this.loyalty = loyalty;
        this.inbox = inbox;
        this.endedOrders = endedOrders;
        this.clock = clock;
    }

    private interface Reaction {
        List<FollowUp> to(Payment payment);
    }

    private List<FollowUp> once(PlatterEvent event, UUID orderId, Reaction reaction) {
        return once(event, orderId, reaction, false);
    }

    /** Runs the reaction once per event; an ending event for an order without a payment is remembered. */
    private List<FollowUp> once(PlatterEvent event, UUID orderId, Reaction reaction, boolean ends) {
        var followUps = new ArrayList<FollowUp>();
        if (ends) {
            endedOrders.lock(orderId);
        }
        inbox.handleOnce(CONSUMER, event, () -> payments.lockByOrderId(orderId)
                .ifPresentOrElse(payment -> followUps.addAll(reaction.to(payment)), () -> {
                    if (ends) {
                        endedOrders.record(orderId, event.getClass().getSimpleName());
                    }
                    log.info(
                            "No payment for order {}; {} noted",
                            orderId,
                            event.getClass().getSimpleName());
                }));
        return followUps;
    }

    /** The restaurant accepted: the card is captured (the wallet part with it); a wallet payment is taken now. */
    @Transactional
    public List<FollowUp> accepted(OrderAccepted event) {
        return once(event, event.orderId(), payment -> {
            if (payment.status() != PaymentStatus.AUTHORIZED || payment.isOrderEnded()) {
                log.info("Payment {} is {}: OrderAccepted ignored", payment.id(), payment.status());
                return List.of();
            }
            var now = clock.instant();
            if (payment.method() == PaymentMethod.CASH) {
                // A cash order is paid at the door: its wallet part is taken with the cash, on delivery.
                return List.of();
            }
            var split = payment.requestCapture(payment.total().amountMinor(), now);
            if (split != null) {
                effects.takeWallet(payment, split);
            }
            effects.save(payment);
            return split == null ? List.of(FollowUp.capture(payment.id())) : List.of();
        });
    }

    /** The restaurant rejected the order: nothing was captured, everything is released. */
    @Transactional
    public List<FollowUp> rejected(OrderRejected event) {
        return once(
                event, event.orderId(), payment -> end(payment, payment.total().amountMinor()), true);
    }

    /** Cancelled with the refund it decided: before capture, void or capture only what is kept; after, refund. */
    @Transactional
    public List<FollowUp> cancelled(OrderCancelled event) {
        return once(
                event,
                event.orderId(),
                payment -> end(payment, event.refund().amount().amountMinor()),
                true);
    }

    private List<FollowUp> end(Payment payment, long refund) {
        var now = clock.instant();
        payment.orderEnded(now);
        effects.releasePromo(payment);
        long keep =
                payment.total().amountMinor() - Math.min(refund, payment.total().amountMinor());
        var followUps = new ArrayList<FollowUp>();
        switch (payment.status()) {
            case PENDING -> {
                if (payment.requestVoid(now)) {
                    effects.releaseWallet(payment);
                }
                if (payment.status() == PaymentStatus.VOID_REQUESTED) {
                    followUps.add(FollowUp.cancel(payment.id()));
                }
            }
            case AUTHORIZED -> {
                if (keep == 0 || payment.method() == PaymentMethod.CASH) {
                    // Cash is never collected for an order that is not delivered, nor its wallet part taken.
                    if (payment.requestVoid(now)) {
                        effects.releaseWallet(payment);
                    }
                    if (payment.status() == PaymentStatus.VOID_REQUESTED) {
                        followUps.add(FollowUp.cancel(payment.id()));
                    }
                } else {
                    var split = payment.requestCapture(keep, now);
                    if (split != null) {
                        effects.takeWallet(payment, split);
                    } else {
                        followUps.add(FollowUp.capture(payment.id()));
                    }
                }
            }
            case CAPTURE_REQUESTED, CAPTURED -> followUps.addAll(refundOnCancel(payment, refund, now));
            case VOID_REQUESTED, VOIDED, FAILED -> {}
        }
        effects.save(payment);
        return followUps;
    }

    /**
     * A cancellation after capture refunds what it decided: to the card first (up to what the card paid), the rest to
     * the wallet. While the capture is in flight the refunds wait for it.
     */
    private List<FollowUp> refundOnCancel(Payment payment, long refund, java.time.Instant now) {
        if (refund <= 0) {
            return List.of();
        }
        long card = Math.min(
                refund, payment.status() == PaymentStatus.CAPTURED ? payment.refundableToCard() : payment.cardKeep());
        long wallet = refund - card;
        var followUps = new ArrayList<FollowUp>();
        if (card > 0) {
            var toCard = refunds.save(new Refund(
                    payment,
                    null,
                    RefundReason.ORDER_CANCELLED,
                    RefundDestination.CARD,
                    payment.money(card),
                    null,
                    "Order cancelled",
                    now));
            if (payment.status() == PaymentStatus.CAPTURED) {
                followUps.add(FollowUp.refund(toCard.id()));
            }
        }
        if (wallet > 0) {
            var toWallet = refunds.save(new Refund(
                    payment,
                    null,
                    RefundReason.ORDER_CANCELLED,
                    RefundDestination.WALLET,
                    payment.money(wallet),
                    null,
                    "Order cancelled",
                    now));
            if (payment.status() == PaymentStatus.CAPTURED) {
                effects.completeWalletRefund(payment, toWallet);
            }
        }
        return followUps;
    }

    /** Delivered: the promo use is spent for good and loyalty points are earned on what was paid. */
    @Transactional
    public List<FollowUp> delivered(OrderDelivered event) {
        return once(event, event.orderId(), payment -> {
            promotions.confirm(payment.orderId());
            long refunded = payment.cardRefundedMinor() + payment.walletRefundedMinor();
            loyalty.earn(
                    payment.customerId(),
                    payment.orderId(),
                    Money.of(Math.max(0, event.total().amountMinor() - refunded), payment.currency()));
            return List.of();
        });
    }

    /** Handed over: cash is collected now. */
    @Transactional
    public List<FollowUp> deliveryCompleted(DeliveryCompleted event) {
        return once(event, event.orderId(), payment -> {
            promotions.confirm(payment.orderId());
            if (payment.method() == PaymentMethod.CASH && payment.status() == PaymentStatus.AUTHORIZED) {
                long collected = event.cashCollected().amountMinor() > 0
                        ? event.cashCollected().amountMinor()
                        : payment.card().amountMinor();
                effects.takeWallet(payment, payment.cashCollected(collected, clock.instant()));
                effects.save(payment);
            }
            return List.of();
        });
    }
}
