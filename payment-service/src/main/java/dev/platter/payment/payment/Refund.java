package dev.platter.payment.payment;

import dev.platter.platform.events.Money;
import dev.platter.platform.events.payment.RefundReason;
import dev.platter.platform.web.ids.Uuids;
import dev.platter.platform.web.problem.IllegalTransition;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Money of a captured payment going back to the customer, to the card or to the wallet. */
@Entity
@Table(name = "refunds")
class Refund {

    @Id
    private UUID id;

    private UUID paymentId;

    private UUID orderId;

    private @Nullable String refundKey;

    @Enumerated(EnumType.STRING)
    private RefundReason reason;

    @Enumerated(EnumType.STRING)
    private RefundDestination destination;

    @Enumerated(EnumType.STRING)
    private RefundStatus status;

    private String currency;

    private long amountMinor;

    private @Nullable String providerId;

    private @Nullable String failure;

    private @Nullable UUID requestedBy;

    private @Nullable String note;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private @Nullable Long version;

    protected Refund() {}

    Refund(
            Payment payment,
            @Nullable String refundKey,
            RefundReason reason,
            RefundDestination destination,
            Money amount,
            @Nullable UUID requestedBy,
            @Nullable String note,
            Instant now) {
        if (amount.amountMinor() <= 0 || !amount.currency().equals(payment.currency())) {
            throw new IllegalArgumentException("A refund is a positive amount in the payment's currency");
        }
        this.id = Uuids.v7(now.toEpochMilli());
        this.paymentId = payment.id();
        this.orderId = payment.orderId();
        this.refundKey = refundKey;
        this.reason = reason;
        this.destination = destination;
        this.status = RefundStatus.PENDING;
        this.currency = amount.currency();
        this.amountMinor = amount.amountMinor();
        this.requestedBy = requestedBy;
        this.note = note;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void succeeded(@Nullable String providerId, Instant now) {
        if (status != RefundStatus.PENDING) {
            throw new IllegalTransition("Refund", status, "succeed");
        }
        this.providerId = providerId;
        this.status = RefundStatus.SUCCEEDED;
        this.updatedAt = now;
    }

    void failed(String failure, Instant now) {
        if (status != RefundStatus.PENDING) {
            throw new IllegalTransition("Refund", status, "fail");
        }
        this.failure = failure.length() > 500 ? failure.substring(0, 500) : failure;
        this.status = RefundStatus.FAILED;
        this.updatedAt = now;
    }

    String idempotencyKey() {
        return "platter-refund-" + id;
    }

    UUID id() {
        return id;
    }

    UUID paymentId() {
        return paymentId;
    }

    UUID orderId() {
        return orderId;
    }

    @Nullable
    String refundKey() {
        return refundKey;
    }

    RefundReason reason() {
        return reason;
    }

    RefundDestination destination() {
        return destination;
    }

    RefundStatus status() {
        return status;
    }

    Money amount() {
        return Money.of(amountMinor, currency);
    }

    @Nullable
    String providerId() {
        return providerId;
    }

    @Nullable
    String failure() {
        return failure;
    }

    Instant createdAt() {
        return createdAt;
    }
}
