package dev.platter.notification.dispatch;

import dev.platter.notification.replica.RestaurantOwners;
import dev.platter.notification.rule.Audience;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PlatterEvent;
import dev.platter.platform.events.delivery.DeliveryEvent;
import dev.platter.platform.events.delivery.DeliveryOffered;
import dev.platter.platform.events.delivery.DeliveryPickedUp;
import dev.platter.platform.events.delivery.RiderAssigned;
import dev.platter.platform.events.order.OrderAccepted;
import dev.platter.platform.events.order.OrderCancelled;
import dev.platter.platform.events.order.OrderDelivered;
import dev.platter.platform.events.order.OrderEvent;
import dev.platter.platform.events.order.OrderPickedUp;
import dev.platter.platform.events.order.OrderPlaced;
import dev.platter.platform.events.order.OrderRejected;
import dev.platter.platform.events.payment.PaymentEvent;
import dev.platter.platform.events.payment.PaymentFailed;
import dev.platter.platform.events.payment.RefundSucceeded;
import dev.platter.platform.events.restaurant.KitchenEvent;
import dev.platter.platform.events.restaurant.TicketOpened;
import dev.platter.platform.events.user.UserEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the rules need from an event: who each audience is (from the event, or the restaurant replica for owners) and
 * the template variables. The one place that knows the shape of every event that notifies.
 */
@Component
class EventFacts {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * @param parties the user of each audience the event names
     * @param vars template variables
     * @param orderId the order the event is about, if any
     */
    record Facts(Map<Audience, UUID> parties, Map<String, String> vars, @Nullable UUID orderId) {}

    private final RestaurantOwners restaurants;

    EventFacts(RestaurantOwners restaurants) {
        this.restaurants = restaurants;
    }

    Facts of(PlatterEvent event) {
        var parties = new EnumMap<Audience, UUID>(Audience.class);
        var vars = new HashMap<String, String>();
        UUID orderId = null;
        UUID restaurantId = null;
        if (event instanceof UserEvent user) {
            parties.put(Audience.USER, user.userId());
        }
        if (event instanceof OrderEvent order) {
            orderId = order.orderId();
            restaurantId = order.restaurantId();
            parties.put(Audience.CUSTOMER, order.customerId());
        }
        if (event instanceof KitchenEvent kitchen) {
            orderId = kitchen.orderId();
            restaurantId = kitchen.restaurantId();
        }
        if (event instanceof PaymentEvent payment) {
            orderId = payment.orderId();
        }
        if (event instanceof DeliveryEvent delivery) {
            orderId = delivery.orderId();
        }
        var restaurant =
                restaurantId == null ? null : restaurants.find(restaurantId).orElse(null);
        var zone = restaurant == null ? ZoneId.of("UTC") : ZoneId.of(restaurant.zoneId());
        if (restaurant != null) {
            parties.put(Audience.OWNER, restaurant.ownerId());
            vars.put("restaurantName", restaurant.name());
        }
        if (orderId != null) {
            vars.put("orderRef", orderRef(orderId));
        }
        if (event instanceof OrderPlaced e) {
            vars.put("total", money(e.totals().total()));
        } else if (event instanceof TicketOpened e) {
            parties.put(Audience.OWNER, e.ownerId());
            vars.put("total", money(e.itemsTotal()));
            vars.put(
                    "itemCount",
                    Integer.toString(e.lines().stream()
                            .mapToInt(TicketOpened.Line::quantity)
                            .sum()));
            vars.put("acceptBy", time(e.acceptBy(), zone));
        } else if (event instanceof OrderAccepted e) {
            vars.put("restaurantName", e.restaurantName());
            vars.put("readyAt", time(e.readyAt(), zone));
            vars.put("handoffCode", e.handoffCode());
            vars.put("total", money(e.total()));
        } else if (event instanceof OrderPickedUp e) {
            parties.put(Audience.RIDER, e.riderId());
            vars.put("eta", e.estimatedDeliveryAt() == null ? "soon" : time(e.estimatedDeliveryAt(), zone));
        } else if (event instanceof OrderDelivered e) {
            parties.put(Audience.RIDER, e.riderId());
            vars.put("total", money(e.total()));
        } else if (event instanceof OrderCancelled e) {
            vars.put("reason", words(e.reason().name()));
            vars.put("refund", money(e.refund().amount()));
            vars.put("total", money(e.total()));
        } else if (event instanceof OrderRejected e) {
            vars.put("reason", words(e.reason().name()));
            vars.put("total", money(e.total()));
        } else if (event instanceof PaymentFailed e) {
            parties.put(Audience.CUSTOMER, e.customerId());
            vars.put("amount", money(e.amount()));
            vars.put("reason", words(e.reason().name()));
        } else if (event instanceof RefundSucceeded e) {
            parties.put(Audience.CUSTOMER, e.customerId());
            vars.put("amount", money(e.amount()));
            vars.put("walletAmount", money(e.walletAmount()));
        } else if (event instanceof DeliveryOffered e) {
            parties.put(Audience.RIDER, e.riderId());
            vars.put("restaurantName", e.restaurantName());
            vars.put("distanceToPickup", distance(e.distanceToPickupMetres()));
            vars.put("tripDistance", distance(e.tripDistanceMetres()));
            vars.put("expiresAt", time(e.expiresAt(), zone));
        } else if (event instanceof RiderAssigned e) {
            parties.put(Audience.CUSTOMER, e.customerId());
            parties.put(Audience.RIDER, e.riderId());
            vars.put("riderName", e.riderName());
            vars.put("eta", time(e.estimatedDeliveryAt(), zone));
        } else if (event instanceof DeliveryPickedUp e) {
            parties.put(Audience.CUSTOMER, e.customerId());
            parties.put(Audience.RIDER, e.riderId());
            vars.put("eta", time(e.estimatedDeliveryAt(), zone));
        } else if (event instanceof dev.platter.platform.events.delivery.HandoffFailed e) {
            parties.put(Audience.CUSTOMER, e.customerId());
            parties.put(Audience.RIDER, e.riderId());
        }
        return new Facts(parties, vars, orderId);
    }

    static String orderRef(UUID orderId) {
        return "#" + orderId.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    static String money(Money money) {
        var digits = Math.max(0, Currency.getInstance(money.currency()).getDefaultFractionDigits());
        return money.currency() + " "
                + BigDecimal.valueOf(money.amountMinor(), digits).toPlainString();
    }

    static String time(Instant instant, ZoneId zone) {
        return CLOCK_TIME.format(instant.atZone(zone));
    }

    static String distance(int metres) {
        return metres < 1000
                ? metres + " m"
                : BigDecimal.valueOf(metres / 100, 1).toPlainString() + " km";
    }

    /** {@code PAYMENT_FAILED} → {@code payment failed}. */
    static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
