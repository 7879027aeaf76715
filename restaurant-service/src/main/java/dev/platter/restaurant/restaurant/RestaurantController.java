package dev.platter.restaurant.restaurant;

import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.restaurant.RestaurantAvailabilityChanged;
import dev.platter.platform.web.page.PageResponse;
import dev.platter.platform.web.problem.NotFoundException;
import dev.platter.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Customers browse published restaurants; owners create and run their own. */
@RestController
@RequestMapping("/api/v1/restaurants")
class RestaurantController {

    private final RestaurantService restaurants;

    RestaurantController(RestaurantService restaurants) {
        this.restaurants = restaurants;
    }

    /** Published restaurants that deliver to the point, nearest first. */
    @GetMapping
    PageResponse<RestaurantView> near(
            @RequestParam @DecimalMin("-90") @DecimalMax("90") double lat,
            @RequestParam @DecimalMin("-180") @DecimalMax("180") double lon,
            @RequestParam(required = false) @Nullable @Size(max = 40) String cuisine,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return restaurants.near(new GeoPoint(lat, lon), cuisine, page, size);
    }

    /** The caller's own restaurants, in every status. */
    @GetMapping("/mine")
    PageResponse<RestaurantView> mine(
            @AuthenticationPrincipal Jwt token,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return restaurants.mine(CurrentUser.id(token), page, size);
    }

    /** A published restaurant; its owner and admins see it in any status. */
    @GetMapping("/{restaurantId}")
    RestaurantView get(@AuthenticationPrincipal @Nullable Jwt token, @PathVariable UUID restaurantId) {
        if (token != null && CurrentUser.hasRole(token, "ADMIN")) {
            return restaurants.forAdmin(restaurantId);
        }
        try {
            return restaurants.published(restaurantId);
        } catch (NotFoundException notPublished) {
            if (token != null && CurrentUser.hasRole(token, "RESTAURANT_OWNER")) {
                return restaurants.forOwner(restaurantId, CurrentUser.id(token));
            }
            throw notPublished;
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RestaurantView create(@AuthenticationPrincipal Jwt token, @Valid @RequestBody RestaurantDetails details) {
        return restaurants.create(CurrentUser.id(token), details);
    }

    @PutMapping("/{restaurantId}")
    RestaurantView update(
            @AuthenticationPrincipal Jwt token,
            @PathVariable UUID restaurantId,
            @Valid @RequestBody RestaurantDetails details) {
        return restaurants.update(CurrentUser.id(token), restaurantId, details);
    }

    /** Why and until when an owner stops taking orders; without {@code until} until resumed. */
    record PauseRequest(@Nullable Reason reason, @Nullable Instant until) {

        /** The reasons an owner may give. */
        enum Reason {
            /** The owner paused it. */
            OWNER_PAUSED,
            /** The kitchen is too busy. */
            TOO_BUSY
        }
    }

    @PostMapping("/{restaurantId}/pause")
    RestaurantView pause(
            @AuthenticationPrincipal Jwt token,
            @PathVariable UUID restaurantId,
            @Valid @RequestBody PauseRequest request) {
        var reason = request.reason() == PauseRequest.Reason.TOO_BUSY
                ? RestaurantAvailabilityChanged.Reason.TOO_BUSY
                : RestaurantAvailabilityChanged.Reason.OWNER_PAUSED;
        return restaurants.pause(CurrentUser.id(token), restaurantId, reason, request.until());
    }

    @PostMapping("/{restaurantId}/resume")
    RestaurantView resume(@AuthenticationPrincipal Jwt token, @PathVariable UUID restaurantId) {
        return restaurants.resume(CurrentUser.id(token), restaurantId);
    }

    record AutoAcceptRequest(@NotNull Boolean enabled) {}

    @PutMapping("/{restaurantId}/auto-accept")
    RestaurantView autoAccept(
            @AuthenticationPrincipal Jwt token,
            @PathVariable UUID restaurantId,
            @Valid @RequestBody AutoAcceptRequest request) {
        return restaurants.autoAccept(CurrentUser.id(token), restaurantId, request.enabled());
    }
}
