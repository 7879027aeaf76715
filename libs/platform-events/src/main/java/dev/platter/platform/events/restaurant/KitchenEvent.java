package dev.platter.platform.events.restaurant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.platter.platform.events.PlatterEvent;
import java.util.UUID;

/**
 * Events of a kitchen ticket (a restaurant's view of one order), published on {@code platter.kitchen.v1} keyed by
 * order id; {@code version} is the ticket's.
 */
public sealed interface KitchenEvent extends PlatterEvent
        permits TicketOpened, TicketAccepted, TicketRejected, PreparationStarted, TicketReady {

    UUID orderId();

    UUID ticketId();

    UUID restaurantId();

    @Override
    @JsonIgnore
    default String aggregateId() {
        return orderId().toString();
    }
}
