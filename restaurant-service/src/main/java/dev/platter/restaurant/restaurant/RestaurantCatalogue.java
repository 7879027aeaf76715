package dev.platter.restaurant.restaurant;

import dev.platter.platform.web.page.PageResponse;
import java.time.Clock;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Published restaurants page by page, in a stable order (by id), for bulk readers. */
@Component
public class RestaurantCatalogue {

    private final RestaurantRepository repository;
    private final Ratings ratings;
    private final Clock clock;

    RestaurantCatalogue(RestaurantRepository repository, Ratings ratings, Clock clock) {
        this.repository = repository;
        this.ratings = ratings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<RestaurantView> published(int page, int size) {
        var found = repository.findByStatusOrderById(RestaurantStatus.PUBLISHED, PageRequest.of(page, size));
        var rated = ratings.ofRestaurants(
                found.getContent().stream().map(Restaurant::id).toList());
        var now = clock.instant();
        return PageResponse.of(
                found.getContent().stream()
                        .map(restaurant -> RestaurantView.of(
                                restaurant, rated.getOrDefault(restaurant.id(), Rating.NONE), now, null))
                        .toList(),
                page,
                size,
                found.getTotalElements());
    }
}
