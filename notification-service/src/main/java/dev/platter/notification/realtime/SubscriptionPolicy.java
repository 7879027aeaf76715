package dev.platter.notification.realtime;

import dev.platter.notification.replica.OrderParties;
import dev.platter.notification.replica.RestaurantOwners;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may follow what: a customer their own orders, an owner their own restaurants (from the RestaurantUpserted
 * replica), a rider their own offers. Anything else, including an order or restaurant not known yet, is refused alike,
 * so a refusal tells nothing about someone else's data.
 */
@Component
class SubscriptionPolicy {

    private final OrderParties orders;
    private final RestaurantOwners restaurants;

    SubscriptionPolicy(OrderParties orders, RestaurantOwners restaurants) {
        this.orders = orders;
        this.restaurants = restaurants;
    }

    boolean allows(Principal principal, Streams.Stream stream) {
        return switch (stream.kind()) {
            case ORDER ->
                orders.find(stream.id())
                        .map(parties -> parties.customerId().equals(principal.userId()))
                        .orElse(false);
            case RESTAURANT ->
                principal.has("RESTAURANT_OWNER") && restaurants.isOwner(stream.id(), principal.userId());
            case RIDER -> principal.has("RIDER") && stream.id().equals(principal.userId());
        };
    }

    /** The user a connection was opened for, from its access token. */
    record Principal(UUID userId, java.util.List<String> roles) {
        boolean has(String role) {
            return roles.contains(role);
        }
    }
}
