package dev.platter.analytics.query;

import dev.platter.analytics.config.AnalyticsProperties;
import dev.platter.analytics.restaurant.RestaurantReplica;
import dev.platter.platform.web.problem.NotFoundException;
import dev.platter.platform.web.security.CurrentUser;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An owner's figures: the same as operations', for their own restaurants only (all of them, or one of them by
 * {@code restaurantId}; someone else's restaurant answers 404). Ownership comes from the RestaurantUpserted replica.
 */
@RestController
@RequestMapping("/api/v1/analytics")
class OwnerAnalyticsController {

    private final AnalyticsQueries queries;
    private final RestaurantReplica restaurants;
    private final AnalyticsProperties properties;

    OwnerAnalyticsController(AnalyticsQueries queries, RestaurantReplica restaurants, AnalyticsProperties properties) {
        this.queries = queries;
        this.restaurants = restaurants;
        this.properties = properties;
    }

    @GetMapping("/overview")
    Figures.Overview overview(
            @AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(required = false) @Nullable UUID restaurantId) {
        var scope = owned(token, restaurantId);
        return queries.overview(scope, range(from, to));
    }

    @GetMapping("/orders-per-minute")
    Figures.Series ordersPerMinute(
            @AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(required = false) @Nullable UUID restaurantId) {
        var scope = owned(token, restaurantId);
        return queries.series(scope, range(from, to));
    }

    @GetMapping("/restaurants/top")
    Figures.Restaurants top(
            @AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit) {
        var scope = owned(token, null);
        var range = range(from, to);
        var all = queries.restaurants(range, null, scope.ids());
        return new Figures.Restaurants(range.from(), range.to(), scope.describe(), queries.top(all, limit));
    }

    @GetMapping("/restaurants/attention")
    Figures.Restaurants attention(
            @AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(required = false) @Nullable @Min(1) Integer minOrders,
            @RequestParam(required = false) @Nullable @DecimalMin("0") @DecimalMax("1") Double rejectionRate,
            @RequestParam(required = false) @Nullable @DecimalMin("0") @DecimalMax("1") Double lateRate,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        var scope = owned(token, null);
        var range = range(from, to);
        var all = queries.restaurants(range, null, scope.ids());
        var listed = queries.needingAttention(all, minOrders, rejectionRate, lateRate, limit);
        return new Figures.Restaurants(range.from(), range.to(), scope.describe(), listed);
    }

    private Scope.Restaurants owned(Jwt token, @Nullable UUID restaurantId) {
        var owner = CurrentUser.id(token);
        if (restaurantId != null) {
            return restaurants
                    .find(restaurantId)
                    .filter(restaurant -> restaurant.ownerId().equals(owner))
                    .map(restaurant -> new Scope.Restaurants(List.of(restaurant.id())))
                    .orElseThrow(() -> new NotFoundException("No restaurant " + restaurantId + " of yours"));
        }
        return new Scope.Restaurants(restaurants.ownedBy(owner).stream()
                .map(RestaurantReplica.Restaurant::id)
                .toList());
    }

    private TimeRange range(@Nullable Instant from, @Nullable Instant to) {
        return TimeRange.of(from, to, properties.maxRange());
    }
}
