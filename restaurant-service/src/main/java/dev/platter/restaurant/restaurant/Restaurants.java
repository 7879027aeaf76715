package dev.platter.restaurant.restaurant;

import dev.platter.platform.web.problem.NotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the other modules look restaurants up. Ownership is judged against the stored owner: an owner asking about
 * someone else's restaurant gets the same 404 as for one that does not exist.
 */
@Component
@Transactional(readOnly = true)
public class Restaurants {

    private final RestaurantRepository repository;

    Restaurants(RestaurantRepository repository) {
        this.repository = repository;
    }

    public Optional<Restaurant> find(UUID restaurantId) {
        return repository.findById(restaurantId);
    }

    public Restaurant get(UUID restaurantId) {
        return find(restaurantId).orElseThrow(() -> notFound(restaurantId));
    }

    /** The restaurant, if {@code ownerId} owns it. */
    public Restaurant ownedBy(UUID restaurantId, UUID ownerId) {
        return find(restaurantId)
                .filter(restaurant -> restaurant.ownerId().equals(ownerId))
                .orElseThrow(() -> notFound(restaurantId));
    }

    /** The restaurant, if customers may see it. */
    public Restaurant published(UUID restaurantId) {
        return find(restaurantId).filter(Restaurant::isPublished).orElseThrow(() -> notFound(restaurantId));
    }

    /** The ids of the restaurants {@code ownerId} owns. */
    public List<UUID> idsOwnedBy(UUID ownerId) {
        return repository.idsOwnedBy(ownerId);
    }

    public static NotFoundException notFound(UUID restaurantId) {
        return new NotFoundException("No restaurant " + restaurantId);
    }
}
