package dev.platter.restaurant.export;

import dev.platter.platform.web.page.PageResponse;
import dev.platter.restaurant.menu.MenuView;
import dev.platter.restaurant.menu.Menus;
import dev.platter.restaurant.restaurant.RestaurantCatalogue;
import dev.platter.restaurant.restaurant.RestaurantView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/restaurants/export}: every published restaurant with its menu, each with its version, so an
 * index rebuilt from here and then fed the events that follow (dropping those not newer) ends up current.
 */
@RestController
class ExportController {

    /** One restaurant as exported: the profile (version = restaurant version) and the menu (its own version). */
    record ExportedRestaurant(RestaurantView restaurant, MenuView menu) {}

    private final RestaurantCatalogue catalogue;
    private final Menus menus;
    private final Clock clock;

    ExportController(RestaurantCatalogue catalogue, Menus menus, Clock clock) {
        this.catalogue = catalogue;
        this.menus = menus;
        this.clock = clock;
    }

    @GetMapping("/internal/restaurants/export")
    @Transactional(readOnly = true)
    PageResponse<ExportedRestaurant> export(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        var restaurants = catalogue.published(page, size);
        var now = clock.instant();
        return restaurants.map(restaurant ->
                new ExportedRestaurant(restaurant, menus.view(restaurant.id(), restaurant.currency(), now)));
    }
}
