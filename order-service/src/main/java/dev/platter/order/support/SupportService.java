package dev.platter.order.support;

import dev.platter.order.order.OrderQueries;
import dev.platter.order.order.OrderStatus;
import dev.platter.platform.events.Money;
import dev.platter.platform.web.page.PageResponse;
import dev.platter.platform.web.page.Paging;
import dev.platter.platform.web.problem.IllegalTransition;
import dev.platter.platform.web.problem.NotFoundException;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customers open cases on their own placed orders (one open case per order); admins work the queue, oldest first,
 * and resolve a case with a refund through payment-service (one refund per case: its key is the case's) or decline it.
 */
@Service
class SupportService {

    private final SupportCaseRepository cases;
    private final OrderQueries orders;
    private final RefundClient refunds;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SupportService(
            SupportCaseRepository cases,
            OrderQueries orders,
            RefundClient refunds,
            TransactionTemplate transactions,
            Clock clock) {
        this.cases = cases;
        this.orders = orders;
        this.refunds = refunds;
        this.transactions = transactions;
        this.clock = clock;
    }

    SupportCaseView open(UUID customerId, UUID orderId, SupportCase.Category category, String text) {
        var order =
                orders.ofCustomer(customerId, orderId).orElseThrow(() -> new NotFoundException("No order " + orderId));
        if (order.status() == OrderStatus.PENDING_PAYMENT) {
            throw new IllegalTransition("Order", order.status(), "have a support case");
        }
        if (cases.existsByOrderIdAndStatus(orderId, SupportCase.Status.OPEN)) {
            throw new CaseAlreadyOpen();
        }
        try {
            return SupportCaseView.of(
                    cases.saveAndFlush(SupportCase.open(orderId, customerId, category, text, clock.instant())));
        } catch (DataIntegrityViolationException raced) {
            throw new CaseAlreadyOpen(); // the partial unique index: one open case per order
        }
    }

    SupportCaseView mine(UUID customerId, UUID caseId) {
        return cases.findById(caseId)
                .filter(found -> found.customerId().equals(customerId))
                .map(SupportCaseView::of)
                .orElseThrow(() -> notFound(caseId));
    }

    PageResponse<SupportCaseView> mine(UUID customerId, int page, int size) {
        return Paging.response(
                cases.findByCustomerIdOrderByOpenedAtDesc(customerId, PageRequest.of(page, size)), SupportCaseView::of);
    }

    PageResponse<SupportCaseView> queue(SupportCase.Status status, int page, int size) {
        return Paging.response(
                cases.findByStatusOrderByOpenedAt(status, PageRequest.of(page, size)), SupportCaseView::of);
    }

    SupportCaseView get(UUID caseId) {
        return cases.findById(caseId).map(SupportCaseView::of).orElseThrow(() -> notFound(caseId));
    }

    /**
     * Refunds the whole order total ({@code amountMinor} null) or an amount, to the card or the wallet. The refund is
     * asked first (payment-service refuses more than was captured, or before capture); the case is then resolved.
     */
    SupportCaseView resolve(
            UUID adminId,
            UUID caseId,
            @Nullable Long amountMinor,
            SupportCase.Destination destination,
            @Nullable String note) {
        var found = cases.findById(caseId).orElseThrow(() -> notFound(caseId));
        found.requireOpen("be resolved");
        var order = orders.adminView(found.orderId());
        var total = order.totals().total();
        var amount = amountMinor == null ? total : Money.of(amountMinor, total.currency());
        var refund = refunds.refund(
                new RefundClient.RefundRequest(found.refundKey(), found.orderId(), amount, destination, note));
        // read again under the row's lock: the refund's outcome (a wallet refund's comes at once) may have been
        // recorded meanwhile, and is recorded after this commit otherwise
        return Objects.requireNonNull(transactions.execute(status -> {
            var current = cases.findForUpdate(caseId).orElseThrow(() -> notFound(caseId));
            current.resolve(adminId, refund.amount(), destination, refund.refundId(), note, clock.instant());
            return SupportCaseView.of(cases.save(current));
        }));
    }

    /** A refund's outcome from payment-service; refunds that are not a support case's change nothing here. */
    @org.springframework.transaction.annotation.Transactional
    void refundSettled(@Nullable String refundKey, boolean succeeded) {
        SupportCase.caseOf(refundKey).flatMap(cases::findForUpdate).ifPresent(found -> found.refundSettled(succeeded));
    }

    SupportCaseView decline(UUID adminId, UUID caseId, String reason) {
        var found = cases.findById(caseId).orElseThrow(() -> notFound(caseId));
        found.decline(adminId, reason, clock.instant());
        return SupportCaseView.of(cases.save(found));
    }

    private static NotFoundException notFound(UUID caseId) {
        return new NotFoundException("No support case " + caseId);
    }
}
