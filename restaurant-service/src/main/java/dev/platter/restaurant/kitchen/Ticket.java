package dev.platter.restaurant.kitchen;

import dev.platter.platform.events.Money;
import dev.platter.platform.events.order.OrderPlaced;
import dev.platter.platform.events.restaurant.PreparationStarted;
import dev.platter.platform.events.restaurant.TicketAccepted;
import dev.platter.platform.events.restaurant.TicketOpened;
import dev.platter.platform.events.restaurant.TicketReady;
import dev.platter.platform.events.restaurant.TicketRejected;
import dev.platter.platform.web.ids.Uuids;
import dev.platter.platform.web.problem.IllegalTransition;
import dev.platter.restaurant.config.JsonColumn;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/**
 * A kitchen ticket: the restaurant's view of one order. Owner commands in the wrong state are {@link IllegalTransition}
 * (409); events that arrive late (the order was cancelled, the rider already picked it up) are applied or ignored
 * as superseded, and say which.
 */
@Entity
@Table(name = "tickets")
public class Ticket {

    @Id
    private UUID id;

    private UUID orderId;

    private UUID restaurantId;

    private UUID customerId;

    private String customerName;

    @Enumerated(EnumType.STRING)
    private TicketStatus status;

    @Convert(converter = LinesColumn.class)
    private List<TicketLine> lines;

    private long itemsTotalMinor;

    private String currency;

    private @Nullable String deliveryInstructions;

    private Instant acceptBy;

    private @Nullable Integer prepMinutes;

    private @Nullable Instant readyAt;

    private boolean autoAccepted;

    @Enumerated(EnumType.STRING)
    private TicketRejected.@Nullable Reason rejectReason;

    private @Nullable String rejectNote;

    private long revision;

    @Version
    private long version;

    private Instant openedAt;

    private Instant updatedAt;

    protected Ticket() {}

    private Ticket(OrderPlaced order, Instant acceptBy, Instant now) {
        this.id = Uuids.v7(now.toEpochMilli());
        this.orderId = order.orderId();
        this.restaurantId = order.restaurantId();
        this.customerId = order.customerId();
        this.customerName = order.customerName();
        this.status = TicketStatus.AWAITING_ACCEPTANCE;
        this.lines = order.lines().stream()
                .map(line -> new TicketLine(
                        line.menuItemId(),
                        line.name(),
                        line.quantity(),
                        line.options().stream()
                                .map(option -> option.groupName() + ": " + option.name())
                                .toList(),
                        line.note()))
                .toList();
        this.itemsTotalMinor = order.totals().itemsTotal().amountMinor();
        this.currency = order.totals().itemsTotal().currency();
        this.deliveryInstructions = order.deliveryInstructions();
        this.acceptBy = acceptBy;
        this.openedAt = now;
        this.updatedAt = now;
        this.revision = 1;
    }

    /** Opens the ticket of a placed order; nobody accepting by {@code acceptBy} rejects it with reason TIMEOUT. */
    static Ticket open(OrderPlaced order, Duration acceptanceWindow, Instant now) {
        return new Ticket(order, now.plus(acceptanceWindow), now);
    }

    TicketOpened opened(UUID ownerId) {
        return new TicketOpened(
                Uuids.v7(),
                openedAt,
                orderId,
                revision,
                id,
                restaurantId,
                ownerId,
                lines.stream()
                        .map(line -> new TicketOpened.Line(
                                line.menuItemId(), line.name(), line.quantity(), line.options(), line.note()))
                        .toList(),
                itemsTotal(),
                acceptBy);
    }

    TicketAccepted accept(int prepMinutes, boolean automatically, Instant now) {
        switch (status) {
            case AWAITING_ACCEPTANCE -> {
                this.status = TicketStatus.ACCEPTED;
                this.prepMinutes = prepMinutes;
                this.readyAt = now.plus(Duration.ofMinutes(prepMinutes));
                this.autoAccepted = automatically;
                changed(now);
                return new TicketAccepted(
                        Uuids.v7(), now, orderId, revision, id, restaurantId, prepMinutes, readyAt, automatically);
            }
            default -> throw new IllegalTransition("Ticket", status, "be accepted");
        }
    }

    TicketRejected reject(TicketRejected.Reason reason, @Nullable String note, Instant now) {
        switch (status) {
            case AWAITING_ACCEPTANCE -> {
                this.status = TicketStatus.REJECTED;
                this.rejectReason = reason;
                this.rejectNote = note;
                changed(now);
                return new TicketRejected(Uuids.v7(), now, orderId, revision, id, restaurantId, reason, note);
            }
            default -> throw new IllegalTransition("Ticket", status, "be rejected");
        }
    }

    /** The acceptance window ran out: rejected with reason TIMEOUT, unless it moved on meanwhile (then null). */
    @Nullable
    TicketRejected timeOut(Instant now) {
        return status == TicketStatus.AWAITING_ACCEPTANCE
                ? reject(TicketRejected.Reason.TIMEOUT, "Nobody accepted the order in time", now)
                : null;
    }

    PreparationStarted startPreparation(Instant now) {
        switch (status) {
            case ACCEPTED -> {
                this.status = TicketStatus.PREPARING;
                changed(now);
                return new PreparationStarted(Uuids.v7(), now, orderId, revision, id, restaurantId, readyAt);
            }
            default -> throw new IllegalTransition("Ticket", status, "start preparation");
        }
    }

    TicketReady markReady(Instant now) {
        switch (status) {
            case ACCEPTED, PREPARING -> {
                this.status = TicketStatus.READY;
                changed(now);
                return new TicketReady(Uuids.v7(), now, orderId, revision, id, restaurantId);
            }
            default -> throw new IllegalTransition("Ticket", status, "be marked ready");
        }
    }

    /** The order was cancelled: an open ticket is cancelled; false when it had already ended. */
    boolean cancel(Instant now) {
        switch (status) {
            case AWAITING_ACCEPTANCE, ACCEPTED, PREPARING, READY -> {
                this.status = TicketStatus.CANCELLED;
                changed(now);
                return true;
            }
            case PICKED_UP, REJECTED, CANCELLED -> {
                return false;
            }
        }
        throw new IllegalStateException("Unknown status " + status);
    }

    /** The rider picked the food up (even if nobody marked it ready); false when the ticket had already ended. */
    boolean pickedUp(Instant now) {
        switch (status) {
            case AWAITING_ACCEPTANCE, ACCEPTED, PREPARING, READY -> {
                this.status = TicketStatus.PICKED_UP;
                changed(now);
                return true;
            }
            case PICKED_UP, REJECTED, CANCELLED -> {
                return false;
            }
        }
        throw new IllegalStateException("Unknown status " + status);
    }

    private void changed(Instant now) {
        revision++;
        updatedAt = now;
    }

    public Money itemsTotal() {
        return Money.of(itemsTotalMinor, currency);
    }

    public UUID id() {
        return id;
    }

    public UUID orderId() {
        return orderId;
    }

    public UUID restaurantId() {
        return restaurantId;
    }

    public UUID customerId() {
        return customerId;
    }

    public String customerName() {
        return customerName;
    }

    public TicketStatus status() {
        return status;
    }

    public List<TicketLine> lines() {
        return lines;
    }

    public @Nullable String deliveryInstructions() {
        return deliveryInstructions;
    }

    public Instant acceptBy() {
        return acceptBy;
    }

    public @Nullable Integer prepMinutes() {
        return prepMinutes;
    }

    public @Nullable Instant readyAt() {
        return readyAt;
    }

    public boolean autoAccepted() {
        return autoAccepted;
    }

    public TicketRejected.@Nullable Reason rejectReason() {
        return rejectReason;
    }

    public @Nullable String rejectNote() {
        return rejectNote;
    }

    public long revision() {
        return revision;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Converter
    static class LinesColumn extends JsonColumn<List<TicketLine>> {
        LinesColumn() {
            super(new TypeReference<>() {});
        }
    }
}
