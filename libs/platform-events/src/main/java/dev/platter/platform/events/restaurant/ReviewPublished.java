package dev.platter.platform.events.restaurant;

import dev.platter.platform.events.EventType;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customer's review of a delivered order was published; carries the restaurant's (and rider's) new averages, so
 * search and dispatch need not recompute them.
 *
 * @param version the review's version
 * @param restaurantRating 1 to 5 stars
 * @param riderId the rider who delivered it, {@code null} if the customer did not rate the delivery
 * @param riderRating 1 to 5 stars, {@code null} if the customer did not rate the delivery
 * @param restaurantRatingAverage the restaurant's average rating including this review, 1.0 to 5.0
 * @param restaurantRatingCount how many ratings that average is over
 * @param riderRatingAverage the rider's average rating including this review, when rated
 * @param riderRatingCount how many ratings the rider's average is over, when rated
 */
@EventType(value = "ReviewPublished", version = 1)
public record ReviewPublished(
        UUID eventId,
        Instant occurredAt,
        UUID restaurantId,
        long version,
        UUID reviewId,
        UUID orderId,
        UUID customerId,
        int restaurantRating,
        @Nullable String comment,
        double restaurantRatingAverage,
        int restaurantRatingCount,
        @Nullable UUID riderId,
        @Nullable Integer riderRating,
        @Nullable Double riderRatingAverage,
        @Nullable Integer riderRatingCount)
        implements RestaurantEvent {

    public ReviewPublished {
        requireStars(restaurantRating);
        if (riderRating != null) {
            requireStars(riderRating);
        }
    }

    private static void requireStars(int rating) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("A rating is 1 to 5 stars, was " + rating);
        }
    }
}
