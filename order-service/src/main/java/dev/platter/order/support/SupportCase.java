package dev.platter.order.support;

import dev.platter.platform.events.Money;
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

/** A customer's case about one of their orders: OPEN until an admin resolves it with a refund or declines it. */
@Entity
@Table(name = "support_cases")
public class SupportCase {

    /** What went wrong. */
    public enum Category {
        MISSING_ITEM,
        WRONG_ITEM,
        LATE,
        QUALITY,
        OTHER
    }

    /** Where a case stands. */
    public enum Status {
        /** Waiting for an admin. */
        OPEN,
        /** Resolved with a refund. */
        RESOLVED,
        /** Declined, with a reason. */
        DECLINED
    }

    /** What became of the case's refund. */
    public enum RefundStatus {
        /** Asked of payment-service. */
        REQUESTED,
        /** The money went back. */
        SUCCEEDED,
        /** It could not be made; an admin looks into it. */
        FAILED
    }

    /** Where a refund goes. */
    public enum Destination {
        CARD,
        WALLET
    }

    static final String REFUND_KEY_PREFIX = "support-case-";

    @Id
    private UUID id;

    private UUID orderId;

    private UUID customerId;

    @Enumerated(EnumType.STRING)
    private Category category;

    private String text;

    @Enumerated(EnumType.STRING)
    private Status status;

    private @Nullable Long refundMinor;

    private @Nullable String currency;

    @Enumerated(EnumType.STRING)
    private @Nullable Destination refundDestination;

    private @Nullable UUID refundId;

    @Enumerated(EnumType.STRING)
    private @Nullable RefundStatus refundStatus;

    private @Nullable String outcomeNote;

    private @Nullable UUID decidedBy;

    private Instant openedAt;

    private @Nullable Instant decidedAt;

    @Version
    private long version;

    protected SupportCase() {}

    private SupportCase(UUID orderId, UUID customerId, Category category, String text, Instant now) {
        this.id = Uuids.v7(now.toEpochMilli());
        this.orderId = orderId;
        this.customerId = customerId;
        this.category = category;
        this.text = text;
        this.status = Status.OPEN;
        this.openedAt = now;
    }

    static SupportCase open(UUID orderId, UUID customerId, Category category, String text, Instant now) {
        return new SupportCase(orderId, customerId, category, text, now);
    }

    /** The key payment-service de-duplicates this case's refund by: one refund per case, however often asked. */
    String refundKey() {
        return REFUND_KEY_PREFIX + id;
    }

    /** The case a refund key names, if it is a support case's. */
    static java.util.Optional<UUID> caseOf(@Nullable String refundKey) {
        if (refundKey == null || !refundKey.startsWith(REFUND_KEY_PREFIX)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(UUID.fromString(refundKey.substring(REFUND_KEY_PREFIX.length())));
        } catch (IllegalArgumentException notOurs) {
            return java.util.Optional.empty();
        }
    }

    void requireOpen(String transition) {
        if (status != Status.OPEN) {
            throw new IllegalTransition("Support case", status, transition);
        }
    }

    void resolve(
            UUID adminId, Money refund, Destination destination, UUID refundId, @Nullable String note, Instant now) {
        requireOpen("be resolved");
        this.status = Status.RESOLVED;
        this.refundMinor = refund.amountMinor();
        this.currency = refund.currency();
        this.refundDestination = destination;
        this.refundId = refundId;
        if (this.refundStatus == null) {
            this.refundStatus = RefundStatus.REQUESTED;
        }
        this.outcomeNote = note;
        this.decidedBy = adminId;
        this.decidedAt = now;
    }

    /** payment-service reported the refund's outcome (it may arrive before the case is marked resolved). */
    void refundSettled(boolean succeeded) {
        this.refundStatus = succeeded ? RefundStatus.SUCCEEDED : RefundStatus.FAILED;
    }

    void decline(UUID adminId, String reason, Instant now) {
        requireOpen("be declined");
        this.status = Status.DECLINED;
        this.outcomeNote = reason;
        this.decidedBy = adminId;
        this.decidedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID orderId() {
        return orderId;
    }

    public UUID customerId() {
        return customerId;
    }

    public Category category() {
        return category;
    }

    public String text() {
        return text;
    }

    public Status status() {
        return status;
    }

    public @Nullable Money refund() {
        return refundMinor == null || currency == null ? null : Money.of(refundMinor, currency);
    }

    public @Nullable Destination refundDestination() {
        return refundDestination;
    }

    public @Nullable UUID refundId() {
        return refundId;
    }

    public @Nullable RefundStatus refundStatus() {
        return refundStatus;
    }

    public @Nullable String outcomeNote() {
        return outcomeNote;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public @Nullable Instant decidedAt() {
        return decidedAt;
    }

    public long version() {
        return version;
    }
}
