package dev.platter.order.support;

import dev.platter.platform.events.Money;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A support case and its outcome, as the customer and admins see it. */
public record SupportCaseView(
        UUID id,
        UUID orderId,
        UUID customerId,
        SupportCase.Category category,
        String text,
        SupportCase.Status status,
        @Nullable Money refund,
        SupportCase.@Nullable Destination refundDestination,
        @Nullable UUID refundId,
        SupportCase.@Nullable RefundStatus refundStatus,
        @Nullable String outcomeNote,
        Instant openedAt,
        @Nullable Instant decidedAt) {

    static SupportCaseView of(SupportCase found) {
        return new SupportCaseView(
                found.id(),
                found.orderId(),
                found.customerId(),
                found.category(),
                found.text(),
                found.status(),
                found.refund(),
                found.refundDestination(),
                found.refundId(),
                found.refundStatus(),
                found.outcomeNote(),
                found.openedAt(),
                found.decidedAt());
    }
}
