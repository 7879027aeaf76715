package dev.platter.search.query;

import dev.platter.platform.web.page.PageResponse;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public searches (no token needed). */
@RestController
class SearchController {

    private final RestaurantSearch restaurants;
    private final DishSearch dishes;
    private final Suggestions suggestions;

    SearchController(RestaurantSearch restaurants, DishSearch dishes, Suggestions suggestions) {
        this.restaurants = restaurants;
        this.dishes = dishes;
        this.suggestions = suggestions;
    }

    @GetMapping("/api/v1/search/restaurants")
    PageResponse<RestaurantHit> restaurants(
            @RequestParam(required = false) @Size(max = 200) @Nullable String q,
            @RequestParam(required = false) @Size(max = 100) @Nullable String cuisine,
            @RequestParam(defaultValue = "false") boolean vegOnly,
            @RequestParam(required = false) @DecimalMin("0") @DecimalMax("5") @Nullable Double minRating,
            @RequestParam(required = false) @Size(max = 4) @Nullable List<@Min(1) @Max(4) Integer> priceLevel,
            @RequestParam(defaultValue = "false") boolean openNow,
            @RequestParam(required = false) @DecimalMin("-90") @DecimalMax("90") @Nullable Double lat,
            @RequestParam(required = false) @DecimalMin("-180") @DecimalMax("180") @Nullable Double lon,
            @RequestParam(defaultValue = "true") boolean deliverableOnly,
            @RequestParam(defaultValue = "RELEVANCE") RestaurantCriteria.Sort sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return restaurants.search(new RestaurantCriteria(
                blankToNull(q),
                blankToNull(cuisine),
                vegOnly,
                minRating,
                priceLevel == null ? List.of() : priceLevel,
                openNow,
                location(lat, lon),
                deliverableOnly,
                sort,
                page,
                size));
    }

    @GetMapping("/api/v1/search/dishes")
    PageResponse<DishSearch.DishResult> dishes(
            @RequestParam @NotBlank @Size(max = 200) String q,
            @RequestParam @DecimalMin("-90") @DecimalMax("90") double lat,
            @RequestParam @DecimalMin("-180") @DecimalMax("180") double lon,
            @RequestParam(defaultValue = "false") boolean vegOnly,
            @RequestParam(required = false) @Min(0) @Nullable Long maxPriceMinor,
            @RequestParam(defaultValue = "0") @Min(0) @Max(50) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return dishes.search(q.trim(), new Location(lat, lon), vegOnly, maxPriceMinor, page, size);
    }

    @GetMapping("/api/v1/search/suggest")
    Suggestions.Suggested suggest(
            @RequestParam @NotBlank @Size(max = 50) String prefix,
            @RequestParam(defaultValue = "5") @Min(1) @Max(10) int size) {
        return suggestions.suggest(prefix.trim(), size);
    }

    static @Nullable Location location(@Nullable Double lat, @Nullable Double lon) {
        if (lat == null && lon == null) {
            return null;
        }
        if (lat == null || lon == null) {
            throw new InvalidSearch("Give both lat and lon, or neither");
        }
        return new Location(lat, lon);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
