package dev.platter.restaurant.kitchen;

import dev.platter.platform.events.Money;
import dev.platter.platform.events.restaurant.TicketRejected;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A ticket as the owner's dashboard shows it. */
public record TicketView(
        UUID id,
        UUID orderId,
        UUID restaurantId,
        String customerName,
        TicketStatus status,
        List<TicketLine> lines,
        Money itemsTotal,
        @Nullable String deliveryInstructions,
        Instant openedAt,
        Instant acceptBy,
        @Nullable Integer prepMinutes,
        @Nullable Instant readyAt,
        boolean autoAccepted,
        TicketRejected.@Nullable Reason rejectReason,
        @Nullable String rejectNote,
        long version) {

    static TicketView of(Ticket ticket) {
        return new TicketView(
                ticket.id(),
                ticket.orderId(),
                ticket.restaurantId(),
                ticket.customerName(),
                ticket.status(),
                ticket.lines(),
                ticket.itemsTotal(),
                ticket.deliveryInstructions(),
                ticket.openedAt(),
                ticket.acceptBy(),
                ticket.prepMinutes(),
                ticket.readyAt(),
                ticket.autoAccepted(),
                ticket.rejectReason(),
                ticket.rejectNote(),
                ticket.revision());
    }
}
