package dev.platter.order.restaurant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** restaurantId to ownerId, as the latest RestaurantUpserted said; {@code version} is the restaurant's. */
@Entity
@Table(name = "restaurant_owners")
class RestaurantOwner {

    @Id
    private UUID restaurantId;

    private UUID ownerId;

    private long version;

    protected RestaurantOwner() {}

    RestaurantOwner(UUID restaurantId, UUID ownerId, long version) {
        this.restaurantId = restaurantId;
        this.ownerId = ownerId;
        this.version = version;
    }

    /** Takes a newer profile's owner; false when the update is not newer than what is kept. */
    boolean update(UUID newOwnerId, long newVersion) {
        if (newVersion <= version) {
            return false;
        }
        this.ownerId = newOwnerId;
        this.version = newVersion;
        return true;
    }

    UUID restaurantId() {
        return restaurantId;
    }

    UUID ownerId() {
        return ownerId;
    }
}
