package dev.platter.restaurant.restaurant;

import dev.platter.platform.web.page.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operations: the approval queue, approving, suspending and reinstating restaurants. */
@RestController
@RequestMapping("/api/v1/admin/restaurants")
class AdminRestaurantController {

    private final RestaurantService restaurants;

    AdminRestaurantController(RestaurantService restaurants) {
        this.restaurants = restaurants;
    }

    @GetMapping
    PageResponse<RestaurantView> list(
            @RequestParam(required = false) @Nullable RestaurantStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return restaurants.byStatus(status, page, size);
    }

    @GetMapping("/{restaurantId}")
    RestaurantView get(@PathVariable UUID restaurantId) {
        return restaurants.forAdmin(restaurantId);
    }

    /** Publishes a new restaurant, or reinstates a suspended one. */
    @PostMapping("/{restaurantId}/approve")
    RestaurantView approve(@PathVariable UUID restaurantId) {
        return restaurants.approve(restaurantId);
    }

    record SuspendRequest(@NotBlank @Size(max = 500) String reason) {}

    @PostMapping("/{restaurantId}/suspend")
    RestaurantView suspend(@PathVariable UUID restaurantId, @Valid @RequestBody SuspendRequest request) {
        return restaurants.suspend(restaurantId, request.reason());
    }
}
