package dev.platter.restaurant.menu;

import dev.platter.platform.web.security.CurrentUser;
import dev.platter.restaurant.restaurant.Restaurants;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The menu of a restaurant: customers read the published one (cached, with an ETag); the owner reads and changes
 * their own. Items and categories are found inside the menu of the restaurant in the path, and that restaurant must
 * be the caller's: another restaurant's item is simply not there (404).
 */
@RestController
@RequestMapping("/api/v1/restaurants/{restaurantId}/menu")
class MenuController {

    private final MenuService menus;

    MenuController(MenuService menus) {
        this.menus = menus;
    }

    /** The published menu; 304 when the client's {@code If-None-Match} names the current version. */
    @GetMapping
    ResponseEntity<?> menu(
            @AuthenticationPrincipal @Nullable Jwt token,
            @PathVariable UUID restaurantId,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch) {
        var published = menus.published(restaurantId);
        if (published.isEmpty()) {
            if (token != null && CurrentUser.hasRole(token, "RESTAURANT_OWNER")) {
                var own = menus.forOwner(CurrentUser.id(token), restaurantId);
                return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(own);
            }
            throw Restaurants.notFound(restaurantId);
        }
        var entry = published.get();
        var etag = "\"" + entry.version() + "\"";
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(CacheControl.noCache())
                    .build();
        }
        return ResponseEntity.ok()
                .eTag(etag)
                .cacheControl(CacheControl.noCache())
                .contentType(MediaType.APPLICATION_JSON)
                .body(entry.json());
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (var candidate : ifNoneMatch.split(",")) {
            var tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag) || tag.equals("*")) {
                return true;
            }
        }
        return false;
    }

    record CategoryRequest(@NotBlank @Size(max = 80) String name) {}

    @PostMapping("/categories")
    @ResponseStatus(HttpStatus.CREATED)
    MenuView.CategoryView addCategory(
            @AuthenticationPrincipal Jwt token,
            @PathVariable UUID restaurantId,
            @Valid @RequestBody CategoryRequest request) {
        var category = menus.addCategory(CurrentUser.id(token), restaurantId, request.name());
        return new MenuView.CategoryView(category.id(), category.name(), List.of());
    }

    @PutMapping("/categories/{categoryId}")
    MenuView renameCategory(
            @AuthenticationPrincipal Jwt token,
            @PathVariable UUID restaurantId,
            @PathVariable UUID categoryId,
            @Valid @RequestBody CategoryRequest request) {
        return menus.renameCategory(CurrentUser.id(token), restaurantId, categoryId, request.name());
    }

    @DeleteMapping("/categories/{categoryId}")
    MenuView removeCategory(
            @AuthenticationPrincipal Jwt token, @PathVariable UUID restaurantId, @PathVariable UUID categoryId) {
        return menus.removeCategory(CurrentUser.id(token), restaurantId, categoryId);
    }

    record CategoryOrder(@NotNull @Size(max = 50) List<@NotNull UUID> categoryIds) {}

    @PutMapping("/category-order")
    MenuView reorder(
            @AuthenticationPrincipal Jwt token,
            @PathVariable UUID restaurantId,
            @Valid @RequestBody CategoryOrder request) {
        return menus.reorderCategories(CurrentUser.id(token), restaurantId, request.categoryIds());
    }

    @PostMapping("/categories/{categoryId}/items")
    @ResponseStatus(HttpStatus.CREATED)
    MenuView.ItemView addItem(
            @AuthenticationPrincipal Jwt token,
            @PathVariable UUID restaurantId,
            @PathVariable UUID categoryId,
            @Valid @RequestBody ItemDetails details) {
        return menus.addItem(CurrentUser.id(token), restaurantId, categoryId, details);
    }

    @PutMapping("/items/{itemId}")
    MenuView.ItemView updateItem(
            @AuthenticationPrincipal Jwt token,
            @PathVariable UUID restaurantId,
            @PathVariable UUID itemId,
            @Valid @RequestBody ItemDetails details) {
        return menus.updateItem(CurrentUser.id(token), restaurantId, itemId, details);
    }

    @DeleteMapping("/items/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeItem(@AuthenticationPrincipal Jwt token, @PathVariable UUID restaurantId, @PathVariable UUID itemId) {
        menus.removeItem(CurrentUser.id(token), restaurantId, itemId);
    }

    record AvailabilityRequest(MenuService.@NotNull Availability availability) {}

    @PutMapping("/items/{itemId}/availability")
    MenuView.ItemView availability(
            @AuthenticationPrincipal Jwt token,
            @PathVariable UUID restaurantId,
            @PathVariable UUID itemId,
            @Valid @RequestBody AvailabilityRequest request) {
        return menus.setAvailability(CurrentUser.id(token), restaurantId, itemId, request.availability());
    }
}
