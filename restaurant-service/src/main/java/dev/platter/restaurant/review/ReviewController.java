package dev.platter.restaurant.review;

import dev.platter.platform.web.page.PageResponse;
import dev.platter.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Customers review their delivered orders; owners reply; anyone reads a published restaurant's reviews. */
@RestController
class ReviewController {

    private final ReviewService reviews;

    ReviewController(ReviewService reviews) {
        this.reviews = reviews;
    }

    record ReviewRequest(
            @NotNull UUID orderId,
            @Min(1) @Max(5) int restaurantRating,
            @Nullable @Size(max = 2000) String comment,
            @Nullable @Min(1) @Max(5) Integer riderRating) {}

    @PostMapping("/api/v1/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    ReviewView review(@AuthenticationPrincipal Jwt token, @Valid @RequestBody ReviewRequest request) {
        return reviews.review(
                CurrentUser.id(token),
                request.orderId(),
                request.restaurantRating(),
                request.comment(),
                request.riderRating());
    }

    record ReplyRequest(@NotBlank @Size(max = 2000) String text) {}

    @PostMapping("/api/v1/reviews/{reviewId}/reply")
    ReviewView reply(
            @AuthenticationPrincipal Jwt token, @PathVariable UUID reviewId, @Valid @RequestBody ReplyRequest request) {
        return reviews.reply(CurrentUser.id(token), reviewId, request.text());
    }

    @GetMapping("/api/v1/restaurants/{restaurantId}/reviews")
    PageResponse<ReviewView> ofRestaurant(
            @PathVariable UUID restaurantId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return reviews.ofRestaurant(restaurantId, page, size);
    }
}
