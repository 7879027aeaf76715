package dev.platter.search.index;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One restaurant of restaurant-service's {@code GET /internal/restaurants/export}: its profile (version = the
 * restaurant's) and menu (its own version). Only what search uses is read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ExportedRestaurant(Restaurant restaurant, Menu menu) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Restaurant(
            UUID id,
            String status,
            String name,
            @Nullable String description,
            List<String> cuisines,
            String currency,
            String zoneId,
            Address address,
            int deliveryRadiusMetres,
            Amount minimumOrder,
            int averagePrepMinutes,
            List<String> imageUrls,
            List<Period> openingHours,
            boolean acceptingOrders,
            @Nullable Instant pausedUntil,
            Rating rating,
            long version) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Address(String city, Location location) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Location(double lat, double lon) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Amount(long amountMinor) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Period(DayOfWeek day, LocalTime opens, LocalTime closes) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Rating(double average, int count) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Menu(long version, List<Category> categories) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Category(String name, List<Item> items) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(
            UUID id,
            String name,
            @Nullable String description,
            Amount price,
            List<String> dietaryTags,
            @Nullable String imageUrl,
            boolean available) {}

    /** A page of the export, in the platform's one page shape. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(List<ExportedRestaurant> items, int page, int totalPages) {}
}
