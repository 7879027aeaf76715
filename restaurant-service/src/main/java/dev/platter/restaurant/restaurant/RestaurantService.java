package dev.platter.restaurant.restaurant;

import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.restaurant.RestaurantAvailabilityChanged;
import dev.platter.platform.web.deadline.DeadlineHandler;
import dev.platter.platform.web.deadline.Deadlines;
import dev.platter.platform.web.ids.Uuids;
import dev.platter.platform.web.page.PageResponse;
import dev.platter.platform.web.page.Paging;
import dev.platter.platform.web.problem.IllegalTransition;
import dev.platter.restaurant.config.RestaurantProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and running restaurants. Each change is saved with its event (RestaurantUpserted or
 * RestaurantAvailabilityChanged) in one transaction, through the outbox. A timed pause ends by itself through a
 * durable deadline, which announces the restaurant available again.
 */
@Service
@Transactional
public class RestaurantService implements DeadlineHandler {

    static final String PAUSE_END = "restaurant-pause-end";

    private final RestaurantRepository repository;
    private final Restaurants restaurants;
    private final NearbyRestaurants nearby;
    private final Ratings ratings;
    private final ApplicationEventPublisher events;
    private final Deadlines deadlines;
    private final RestaurantProperties properties;
    private final Clock clock;

    RestaurantService(
            RestaurantRepository repository,
            Restaurants restaurants,
            NearbyRestaurants nearby,
            Ratings ratings,
            ApplicationEventPublisher events,
            Deadlines deadlines,
            RestaurantProperties properties,
            Clock clock) {
        this.repository = repository;
        this.restaurants = restaurants;
        this.nearby = nearby;
        this.ratings = ratings;
        this.events = events;
        this.deadlines = deadlines;
        this.properties = properties;
        this.clock = clock;
    }

    RestaurantView create(UUID ownerId, RestaurantDetails details) {
        requireRadius(details);
        var now = clock.instant();
        var restaurant = repository.save(new Restaurant(ownerId, details, now));
        upserted(restaurant, now);
        return view(restaurant, now);
    }

    RestaurantView update(UUID ownerId, UUID restaurantId, RestaurantDetails details) {
        requireRadius(details);
        var restaurant = restaurants.ownedBy(restaurantId, ownerId);
        var now = clock.instant();
        restaurant.update(details, now);
        upserted(restaurant, now);
        return view(restaurant, now);
    }

    private void requireRadius(RestaurantDetails details) {
        if (details.deliveryRadiusMetres() > properties.maxDeliveryRadiusMetres()) {
            throw new DeliveryRadiusTooLarge(details.deliveryRadiusMetres(), properties.maxDeliveryRadiusMetres());
        }
    }

    RestaurantView pause(
            UUID ownerId, UUID restaurantId, RestaurantAvailabilityChanged.Reason reason, @Nullable Instant until) {
        var restaurant = restaurants.ownedBy(restaurantId, ownerId);
        var now = clock.instant();
        if (until != null && !until.isAfter(now)) {
            throw new PauseEndsInThePast(until);
        }
        restaurant.pause(reason, until, now);
        if (until != null) {
            deadlines.schedule(PAUSE_END, restaurantId.toString(), until);
        } else {
            deadlines.cancel(PAUSE_END, restaurantId.toString());
        }
        events.publishEvent(restaurant.availabilityChanged(Uuids.v7(), now));
        return view(restaurant, now);
    }

    RestaurantView resume(UUID ownerId, UUID restaurantId) {
        var restaurant = restaurants.ownedBy(restaurantId, ownerId);
        var now = clock.instant();
        resume(restaurant, now);
        return view(restaurant, now);
    }

    private void resume(Restaurant restaurant, Instant now) {
        restaurant.resume(now);
        deadlines.cancel(PAUSE_END, restaurant.id().toString());
        events.publishEvent(restaurant.availabilityChanged(Uuids.v7(), now));
    }

    @Override
    public String kind() {
        return PAUSE_END;
    }

    /** A timed pause ran out: the restaurant takes orders again, and says so. */
    @Override
    public void onDeadline(String subject) {
        restaurants.find(UUID.fromString(subject)).ifPresent(restaurant -> {
            var now = clock.instant();
            try {
                resume(restaurant, now);
            } catch (IllegalTransition alreadyAccepting) {
                // resumed by hand meanwhile
            }
        });
    }

    RestaurantView autoAccept(UUID ownerId, UUID restaurantId, boolean enabled) {
        var restaurant = restaurants.ownedBy(restaurantId, ownerId);
        var now = clock.instant();
        restaurant.autoAccept(enabled, now);
        upserted(restaurant, now);
        return view(restaurant, now);
    }

    RestaurantView approve(UUID restaurantId) {
        var restaurant = restaurants.get(restaurantId);
        var now = clock.instant();
        restaurant.approve(now);
        upserted(restaurant, now);
        return view(restaurant, now);
    }

    RestaurantView suspend(UUID restaurantId, String reason) {
        var restaurant = restaurants.get(restaurantId);
        var now = clock.instant();
        restaurant.suspend(reason, now);
        upserted(restaurant, now);
        return view(restaurant, now);
    }

    private void upserted(Restaurant restaurant, Instant now) {
        events.publishEvent(restaurant.upserted(Uuids.v7(), now));
    }

    @Transactional(readOnly = true)
    RestaurantView published(UUID restaurantId) {
        return view(restaurants.published(restaurantId), clock.instant());
    }

    /** A restaurant for its owner or an admin, whatever its status. */
    @Transactional(readOnly = true)
    RestaurantView forOwner(UUID restaurantId, UUID ownerId) {
        return view(restaurants.ownedBy(restaurantId, ownerId), clock.instant());
    }

    @Transactional(readOnly = true)
    RestaurantView forAdmin(UUID restaurantId) {
        return view(restaurants.get(restaurantId), clock.instant());
    }

    @Transactional(readOnly = true)
    PageResponse<RestaurantView> mine(UUID ownerId, int page, int size) {
        return views(repository.findByOwnerIdOrderByCreatedAt(ownerId, PageRequest.of(page, size)));
    }

    @Transactional(readOnly = true)
    PageResponse<RestaurantView> byStatus(@Nullable RestaurantStatus status, int page, int size) {
        var pageable = PageRequest.of(page, size);
        return views(
                status == null
                        ? repository.findAllByOrderByCreatedAt(pageable)
                        : repository.findByStatusOrderByCreatedAt(status, pageable));
    }

    @Transactional(readOnly = true)
    PageResponse<RestaurantView> near(GeoPoint point, @Nullable String cuisine, int page, int size) {
        var found = nearby.near(point, cuisine, properties.maxDeliveryRadiusMetres(), page, size);
        var ids = found.hits().stream().map(NearbyRestaurants.Hit::restaurantId).toList();
        var byId = repository.findAllById(ids).stream().collect(Collectors.toMap(Restaurant::id, Function.identity()));
        var rated = ratings.ofRestaurants(ids);
        var now = clock.instant();
        var items = found.hits().stream()
                .filter(hit -> byId.containsKey(hit.restaurantId()))
                .map(hit -> RestaurantView.of(
                        byId.get(hit.restaurantId()),
                        rated.getOrDefault(hit.restaurantId(), Rating.NONE),
                        now,
                        hit.distanceMetres()))
                .toList();
        return PageResponse.of(items, page, size, found.total());
    }

    private PageResponse<RestaurantView> views(Page<Restaurant> page) {
        var rated = ratings.ofRestaurants(
                page.getContent().stream().map(Restaurant::id).toList());
        var now = clock.instant();
        return Paging.response(
                page,
                restaurant ->
                        RestaurantView.of(restaurant, rated.getOrDefault(restaurant.id(), Rating.NONE), now, null));
    }

    private RestaurantView view(Restaurant restaurant, Instant now) {
        return RestaurantView.of(restaurant, ratings.ofRestaurant(restaurant.id()), now, null);
    }
}
