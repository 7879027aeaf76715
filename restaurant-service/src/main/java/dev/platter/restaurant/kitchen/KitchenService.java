package dev.platter.restaurant.kitchen;

import dev.platter.platform.events.delivery.DeliveryPickedUp;
import dev.platter.platform.events.order.OrderCancelled;
import dev.platter.platform.events.order.OrderPlaced;
import dev.platter.platform.events.restaurant.TicketRejected;
import dev.platter.platform.web.deadline.DeadlineHandler;
import dev.platter.platform.web.deadline.Deadlines;
import dev.platter.platform.web.page.PageResponse;
import dev.platter.platform.web.page.Paging;
import dev.platter.platform.web.problem.NotFoundException;
import dev.platter.restaurant.config.RestaurantProperties;
import dev.platter.restaurant.restaurant.Restaurants;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kitchen's work: tickets open from placed orders (accepted at once when the restaurant auto-accepts), owners move
 * them along, a durable deadline rejects those nobody accepted in time, and order and delivery events that arrive
 * late are applied or ignored as superseded (counted in {@code platter.kitchen.events}).
 */
@Service
@Transactional
public class KitchenService implements DeadlineHandler {

    static final String ACCEPTANCE = "ticket-acceptance";

    private static final Logger log = LoggerFactory.getLogger(KitchenService.class);

    private final TicketRepository tickets;
    private final Restaurants restaurants;
    private final ApplicationEventPublisher events;
    private final Deadlines deadlines;
    private final RestaurantProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;

    KitchenService(
            TicketRepository tickets,
            Restaurants restaurants,
            ApplicationEventPublisher events,
            Deadlines deadlines,
            RestaurantProperties properties,
            MeterRegistry meters,
            Clock clock) {
        this.tickets = tickets;
        this.restaurants = restaurants;
        this.events = events;
        this.deadlines = deadlines;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
    }

    void on(OrderPlaced order) {
        var restaurant = restaurants.find(order.restaurantId());
        if (restaurant.isEmpty()) {
            log.error(
                    "Order {} was placed at restaurant {}, which does not exist",
                    order.orderId(),
                    order.restaurantId());
            outcome("OrderPlaced", "unknown-restaurant");
            return;
        }
        if (tickets.findByOrderId(order.orderId()).isPresent()) {
            outcome("OrderPlaced", "duplicate");
            return;
        }
        var now = clock.instant();
        var ticket = tickets.save(Ticket.open(order, properties.acceptanceWindow(), now));
        events.publishEvent(ticket.opened(restaurant.get().ownerId()));
        var takesOrders =
                restaurant.get().acceptingOrdersAt(now) && restaurant.get().isOpenAt(now);
        if (restaurant.get().autoAccept() && takesOrders) {
            events.publishEvent(ticket.accept(restaurant.get().averagePrepMinutes(), true, now));
            outcome("OrderPlaced", "auto-accepted");
        } else {
            deadlines.schedule(ACCEPTANCE, ticket.id().toString(), ticket.acceptBy());
            outcome("OrderPlaced", "applied");
        }
    }

    void on(OrderCancelled cancelled) {
        var ticket = tickets.findByOrderId(cancelled.orderId());
        if (ticket.isEmpty()) {
            outcome("OrderCancelled", "no-ticket"); // cancelled before it was placed
            return;
        }
        if (ticket.get().cancel(clock.instant())) {
            deadlines.cancel(ACCEPTANCE, ticket.get().id().toString());
            outcome("OrderCancelled", "applied");
        } else {
            outcome("OrderCancelled", "superseded");
        }
    }

    void on(DeliveryPickedUp pickedUp) {
        var ticket = tickets.findByOrderId(pickedUp.orderId());
        if (ticket.isEmpty()) {
            outcome("DeliveryPickedUp", "no-ticket");
            return;
        }
        if (ticket.get().pickedUp(clock.instant())) {
            deadlines.cancel(ACCEPTANCE, ticket.get().id().toString());
            outcome("DeliveryPickedUp", "applied");
        } else {
            outcome("DeliveryPickedUp", "superseded");
        }
    }

    @Override
    public String kind() {
        return ACCEPTANCE;
    }

    /** Nobody accepted in time: the ticket is rejected with reason TIMEOUT (unless it moved on meanwhile). */
    @Override
    public void onDeadline(String subject) {
        tickets.findById(UUID.fromString(subject)).ifPresent(ticket -> {
            var rejected = ticket.timeOut(clock.instant());
            if (rejected != null) {
                events.publishEvent(rejected);
                outcome("AcceptanceTimeout", "applied");
            } else {
                outcome("AcceptanceTimeout", "superseded");
            }
        });
    }

    TicketView accept(UUID ownerId, UUID ticketId, int prepMinutes) {
        var ticket = owned(ownerId, ticketId);
        events.publishEvent(ticket.accept(prepMinutes, false, clock.instant()));
        deadlines.cancel(ACCEPTANCE, ticketId.toString());
        return TicketView.of(ticket);
    }

    TicketView reject(UUID ownerId, UUID ticketId, TicketRejected.Reason reason, @Nullable String note) {
        var ticket = owned(ownerId, ticketId);
        events.publishEvent(ticket.reject(reason, note, clock.instant()));
        deadlines.cancel(ACCEPTANCE, ticketId.toString());
        return TicketView.of(ticket);
    }

    TicketView startPreparation(UUID ownerId, UUID ticketId) {
        var ticket = owned(ownerId, ticketId);
        events.publishEvent(ticket.startPreparation(clock.instant()));
        return TicketView.of(ticket);
    }

    TicketView markReady(UUID ownerId, UUID ticketId) {
        var ticket = owned(ownerId, ticketId);
        events.publishEvent(ticket.markReady(clock.instant()));
        return TicketView.of(ticket);
    }

    @Transactional(readOnly = true)
    TicketView get(UUID ownerId, UUID ticketId) {
        return TicketView.of(owned(ownerId, ticketId));
    }

    /** Tickets of the owner's restaurants (or one of them), open ones unless statuses say otherwise. */
    @Transactional(readOnly = true)
    PageResponse<TicketView> list(
            UUID ownerId,
            @Nullable UUID restaurantId,
            @Nullable Collection<TicketStatus> statuses,
            int page,
            int size) {
        List<UUID> restaurantIds = restaurantId == null
                ? restaurants.idsOwnedBy(ownerId)
                : List.of(restaurants.ownedBy(restaurantId, ownerId).id());
        var wanted = statuses == null || statuses.isEmpty()
                ? EnumSet.of(
                        TicketStatus.AWAITING_ACCEPTANCE,
                        TicketStatus.ACCEPTED,
                        TicketStatus.PREPARING,
                        TicketStatus.READY)
                : EnumSet.copyOf(statuses);
        if (restaurantIds.isEmpty()) {
            return PageResponse.of(List.of(), page, size, 0);
        }
        return Paging.response(
                tickets.findByRestaurantIdInAndStatusInOrderByOpenedAt(
                        restaurantIds, wanted, PageRequest.of(page, size)),
                TicketView::of);
    }

    /** The ticket, if it belongs to one of the caller's restaurants (judged by the restaurant's stored owner). */
    private Ticket owned(UUID ownerId, UUID ticketId) {
        var ticket = tickets.findById(ticketId).orElseThrow(() -> notFound(ticketId));
        var owner = restaurants.find(ticket.restaurantId()).map(restaurant -> restaurant.ownerId());
        if (owner.isEmpty() || !owner.get().equals(ownerId)) {
            throw notFound(ticketId);
        }
        return ticket;
    }

    private static NotFoundException notFound(UUID ticketId) {
        return new NotFoundException("No ticket " + ticketId);
    }

    private void outcome(String event, String outcome) {
        meters.counter("platter.kitchen.events", "event", event, "outcome", outcome)
                .increment();
    }
}
