package dev.platter.analytics.query;

import dev.platter.analytics.config.AnalyticsProperties;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operations' figures (ADMIN): the platform or one city (or one restaurant), the live per-minute series, restaurant
 * rankings and riders' performance.
 */
@RestController
@RequestMapping("/api/v1/admin/analytics")
class OpsAnalyticsController {

    private final AnalyticsQueries queries;
    private final AnalyticsProperties properties;

    OpsAnalyticsController(AnalyticsQueries queries, AnalyticsProperties properties) {
        this.queries = queries;
        this.properties = properties;
    }

    @GetMapping("/overview")
    Figures.Overview overview(
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(required = false) @Nullable @Size(min = 1, max = 200) String city,
            @RequestParam(required = false) @Nullable UUID restaurantId) {
        return queries.overview(scope(city, restaurantId), range(from, to));
    }

    @GetMapping("/orders-per-minute")
    Figures.Series ordersPerMinute(
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(required = false) @Nullable @Size(min = 1, max = 200) String city,
            @RequestParam(required = false) @Nullable UUID restaurantId) {
        return queries.series(scope(city, restaurantId), range(from, to));
    }

    @GetMapping("/restaurants/top")
    Figures.Restaurants top(
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(required = false) @Nullable @Size(min = 1, max = 200) String city,
            @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit) {
        var range = range(from, to);
        var all = queries.restaurants(range, city, null);
        return new Figures.Restaurants(range.from(), range.to(), describe(city), queries.top(all, limit));
    }

    @GetMapping("/restaurants/attention")
    Figures.Restaurants attention(
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(required = false) @Nullable @Size(min = 1, max = 200) String city,
            @RequestParam(required = false) @Nullable @Min(1) Integer minOrders,
            @RequestParam(required = false) @Nullable @DecimalMin("0") @DecimalMax("1") Double rejectionRate,
            @RequestParam(required = false) @Nullable @DecimalMin("0") @DecimalMax("1") Double lateRate,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        var range = range(from, to);
        var all = queries.restaurants(range, city, null);
        List<Figures.RestaurantFigures> listed =
                queries.needingAttention(all, minOrders, rejectionRate, lateRate, limit);
        return new Figures.Restaurants(range.from(), range.to(), describe(city), listed);
    }

    @GetMapping("/riders")
    Figures.RidersPerformance riders(
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return queries.riders(range(from, to), limit);
    }

    private TimeRange range(@Nullable Instant from, @Nullable Instant to) {
        return TimeRange.of(from, to, properties.maxRange());
    }

    private static String describe(@Nullable String city) {
        return city == null ? new Scope.Platform().describe() : new Scope.City(city).describe();
    }

    private static Scope scope(@Nullable String city, @Nullable UUID restaurantId) {
        if (city != null && restaurantId != null) {
            throw InvalidQuery.scope("Ask for a city or a restaurant, not both");
        }
        if (restaurantId != null) {
            return new Scope.Restaurants(List.of(restaurantId));
        }
        return city == null ? new Scope.Platform() : new Scope.City(city);
    }
}
