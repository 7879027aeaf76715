package dev.platter.payment.payment;

import dev.platter.payment.promotion.Cart;
import dev.platter.payment.promotion.PromotionService;
import dev.platter.payment.provider.ProviderRefused;
import dev.platter.payment.provider.StripeGateway;
import dev.platter.payment.wallet.Ledger;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.payment.PaymentFailed;
import dev.platter.platform.web.ids.Uuids;
import dev.platter.platform.web.page.PageResponse;
import dev.platter.platform.web.page.Paging;
import dev.platter.platform.web.problem.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates an order's payment, idempotent on the order id: the attempt (with the provider idempotency key) is stored
 * and its promo use and wallet amount reserved in one transaction; then the provider is called outside any
 * transaction; then its answer is recorded. A repeated request for the order resumes where the first stopped, with
 * the same key, so the provider makes one intent whatever happened in between.
 */
@Service
public class PaymentService {

    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final PaymentEffects effects;
    private final PaymentSync sync;
    private final ProviderWork work;
    private final Ledger ledger;
    private final PromotionService promotions;
    private final StripeGateway gateway;
    private final TransactionTemplate transactions;
    private final EndedOrders endedOrders;
    private final Clock clock;

    PaymentService(
            PaymentRepository payments,
            RefundRepository refunds,
            PaymentEffects effects,
            PaymentSync sync,
            ProviderWork work,
            Ledger ledger,
            PromotionService promotions,
            StripeGateway gateway,
            TransactionTemplate transactions,
            EndedOrders endedOrders,
            Clock clock) {
        this.payments = payments;
        this.refunds = refunds;
        this.effects = effects;
        this.sync = sync;
        this.work = work;
        this.ledger = ledger;
        this.promotions = promotions;
        this.gateway = gateway;
        this.transactions = transactions;
        this.endedOrders = endedOrders;
        this.clock = clock;
    }

    /** The payment and whether this request created it. */
    public record Created(PaymentView payment, boolean created) {}

    public Created create(CreatePayment request) {
        var existing = payments.findByOrderId(request.orderId());
        boolean created = false;
        Payment payment;
        if (existing.isPresent()) {
            payment = existing.get();
            if (!sameTerms(payment, request)) {
                throw new PaymentMismatch(request.orderId());
            }
        } else {
            if (endedOrders.ended(request.orderId())) {
                throw new OrderEnded(request.orderId());
            }
            try {
                payment = transactions.execute(status -> record(request));
                created = true;
            } catch (DataIntegrityViolationException raced) {
                payment = payments.findByOrderId(request.orderId()).orElseThrow(() -> raced);
                if (!sameTerms(payment, request)) {
                    throw new PaymentMismatch(request.orderId());
                }
            }
        }
        if (payment.method() == dev.platter.platform.events.PaymentMethod.CARD
                && payment.intentId() == null
                && payment.status() == PaymentStatus.PENDING) {
            payment = createIntent(payment);
        }
        return new Created(PaymentView.of(payment), created);
    }

    /** Re-runs the provider call of a payment whose intent was never recorded (reconciliation). */
    Payment createIntent(Payment payment) {
        try {
            var intent = gateway.createIntent(
                    payment.id(),
                    payment.orderId(),
                    payment.customerId(),
                    payment.card(),
                    payment.idempotencyKey("create"));
            var outcome = sync.apply(payment.id(), intent);
            work.run(outcome.followUps());
        } catch (ProviderRefused refused) {
            transactions.executeWithoutResult(status -> {
                var locked = payments.lockById(payment.id()).orElseThrow();
                if (locked.status() == PaymentStatus.PENDING && locked.intentId() == null) {
                    if (locked.fail(PaymentFailed.Reason.PROCESSING_ERROR, refused.code(), clock.instant())) {
                        effects.releaseWallet(locked);
                    }
                    effects.releasePromo(locked);
                    effects.save(locked);
                }
            });
        }
        return payments.findById(payment.id()).orElseThrow();
    }

    private Payment record(CreatePayment request) {
        endedOrders.lock(request.orderId());
        if (endedOrders.ended(request.orderId())) {
            throw new OrderEnded(request.orderId());
        }
        var now = clock.instant();
        var discount = request.discount() == null ? Money.zero(request.total().currency()) : request.discount();
        var payment = new Payment(
                Uuids.v7(now.toEpochMilli()),
                request.orderId(),
                request.customerId(),
                request.restaurantId(),
                request.method(),
                request.total(),
                request.walletAmount(),
                request.promoCode(),
                discount,
                now);
        payments.saveAndFlush(payment);
        if (request.promoCode() != null) {
            var itemsTotal = request.itemsTotal() == null ? request.total().plus(discount) : request.itemsTotal();
            promotions.reserve(
                    request.promoCode(),
                    request.orderId(),
                    new Cart(request.customerId(), request.restaurantId(), itemsTotal),
                    discount);
        }
        if (request.walletAmount().amountMinor() > 0) {
            ledger.reserve(request.customerId(), request.orderId(), request.walletAmount());
        }
        return effects.save(payment);
    }

    private static boolean sameTerms(Payment payment, CreatePayment request) {
        return payment.customerId().equals(request.customerId())
                && payment.method() == request.method()
                && payment.total().equals(request.total())
                && payment.wallet().equals(request.walletAmount())
                && Objects.equals(payment.promoCode(), request.promoCode());
    }

    @Transactional(readOnly = true)
    public PaymentView byOrder(UUID orderId) {
        return payments.findByOrderId(orderId)
                .map(PaymentView::of)
                .orElseThrow(() -> new NotFoundException("No payment for order " + orderId));
    }

    /** A customer's own payment; someone else's is not found. */
    @Transactional(readOnly = true)
    public PaymentView forCustomer(UUID customerId, UUID paymentId) {
        return payments.findById(paymentId)
                .filter(payment -> payment.customerId().equals(customerId))
                .map(PaymentView::of)
                .orElseThrow(() -> new NotFoundException("No payment " + paymentId));
    }

    @Transactional(readOnly = true)
    public PageResponse<PaymentView> ofCustomer(UUID customerId, int page, int size) {
        return Paging.response(
                payments.findByCustomerId(
                        customerId, PageRequest.of(page, Paging.size(size), Sort.by(Sort.Direction.DESC, "createdAt"))),
                PaymentView::of);
    }

    @Transactional(readOnly = true)
    public PageResponse<PaymentView> all(@Nullable PaymentStatus status, int page, int size) {
        var pageable = PageRequest.of(page, Paging.size(size), Sort.by(Sort.Direction.DESC, "createdAt"));
        return Paging.response(
                status == null ? payments.findAll(pageable) : payments.findByStatus(status, pageable), PaymentView::of);
    }

    @Transactional(readOnly = true)
    public PaymentView byId(UUID paymentId) {
        return payments.findById(paymentId)
                .map(PaymentView::of)
                .orElseThrow(() -> new NotFoundException("No payment " + paymentId));
    }

    @Transactional(readOnly = true)
    public List<RefundView> refundsOf(UUID paymentId) {
        return refunds.findByPaymentIdOrderByCreatedAt(paymentId).stream()
                .map(RefundView::of)
                .toList();
    }
}
