package dev.platter.order.restaurant;

import dev.platter.platform.events.restaurant.RestaurantUpserted;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which owner runs which restaurant, from the RestaurantUpserted replica (stale updates are dropped by version). */
@Service
@Transactional(readOnly = true)
public class RestaurantOwners {

    private final RestaurantOwnerRepository owners;

    RestaurantOwners(RestaurantOwnerRepository owners) {
        this.owners = owners;
    }

    /** The restaurants {@code ownerId} owns. */
    public List<UUID> restaurantsOf(UUID ownerId) {
        return owners.findByOwnerId(ownerId).stream()
                .map(RestaurantOwner::restaurantId)
                .toList();
    }

    /** The owner of a restaurant, if its profile has arrived. */
    public Optional<UUID> ownerOf(UUID restaurantId) {
        return owners.findById(restaurantId).map(RestaurantOwner::ownerId);
    }

    @Transactional
    void on(RestaurantUpserted upserted) {
        owners.findById(upserted.restaurantId())
                .ifPresentOrElse(
                        known -> known.update(upserted.ownerId(), upserted.version()),
                        () -> owners.save(
                                new RestaurantOwner(upserted.restaurantId(), upserted.ownerId(), upserted.version())));
    }
}
