package dev.platter.restaurant.review;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A review as anyone reads it; the customer is shown by nothing but the fact that they ordered. */
record ReviewView(
        UUID id,
        UUID restaurantId,
        UUID orderId,
        int restaurantRating,
        @Nullable String comment,
        @Nullable Integer riderRating,
        @Nullable String reply,
        @Nullable Instant repliedAt,
        Instant createdAt) {

    static ReviewView of(Review review) {
        return new ReviewView(
                review.id(),
                review.restaurantId(),
                review.orderId(),
                review.restaurantRating(),
                review.comment(),
                review.riderRating(),
                review.reply(),
                review.repliedAt(),
                review.createdAt());
    }
}
