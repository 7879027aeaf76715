package dev.platter.restaurant.review;

import dev.platter.platform.events.order.OrderDelivered;
import dev.platter.platform.events.restaurant.ReviewPublished;
import dev.platter.platform.web.ids.Uuids;
import dev.platter.platform.web.page.PageResponse;
import dev.platter.platform.web.page.Paging;
import dev.platter.platform.web.problem.NotFoundException;
import dev.platter.restaurant.restaurant.Ratings;
import dev.platter.restaurant.restaurant.Restaurants;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews of delivered orders. The review row is written first (one per order, by a unique key), then the running
 * ratings are bumped atomically in the same transaction, so a second review of an order changes no average and
 * concurrent reviews of a restaurant never lose one.
 */
@Service
@Transactional
class ReviewService {

    private final ReviewRepository reviews;
    private final DeliveredOrders delivered;
    private final Restaurants restaurants;
    private final Ratings ratings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(
            ReviewRepository reviews,
            DeliveredOrders delivered,
            Restaurants restaurants,
            Ratings ratings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.reviews = reviews;
        this.delivered = delivered;
        this.restaurants = restaurants;
        this.ratings = ratings;
        this.events = events;
        this.clock = clock;
    }

    void on(OrderDelivered order) {
        delivered.record(order);
    }

    ReviewView review(
            UUID customerId, UUID orderId, int stars, @Nullable String comment, @Nullable Integer riderStars) {
        var order = delivered
                .find(orderId)
                .filter(found -> found.customerId().equals(customerId))
                .orElseThrow(() -> new NotFoundException("No delivered order " + orderId + " of yours to review"));
        if (reviews.existsByOrderId(orderId)) {
            throw new AlreadyReviewed(orderId);
        }
        var now = clock.instant();
        Review review;
        try {
            review = reviews.saveAndFlush(new Review(
                    orderId, order.restaurantId(), customerId, stars, comment, order.riderId(), riderStars, now));
        } catch (DataIntegrityViolationException concurrentReview) {
            throw new AlreadyReviewed(orderId); // the same order reviewed at the same moment: the unique key decided
        }
        var restaurantRating = ratings.addRestaurantRating(order.restaurantId(), stars);
        var riderRating = riderStars == null ? null : ratings.addRiderRating(order.riderId(), riderStars);
        events.publishEvent(new ReviewPublished(
                Uuids.v7(),
                now,
                order.restaurantId(),
                1,
                review.id(),
                orderId,
                customerId,
                stars,
                comment,
                restaurantRating.average(),
                restaurantRating.count(),
                riderRating == null ? null : order.riderId(),
                riderStars,
                riderRating == null ? null : riderRating.average(),
                riderRating == null ? null : riderRating.count()));
        return ReviewView.of(review);
    }

    ReviewView reply(UUID ownerId, UUID reviewId, String text) {
        var review = reviews.findById(reviewId)
                .filter(found -> restaurants
                        .find(found.restaurantId())
                        .map(restaurant -> restaurant.ownerId().equals(ownerId))
                        .orElse(false))
                .orElseThrow(() -> new NotFoundException("No review " + reviewId));
        review.reply(text, clock.instant());
        return ReviewView.of(review);
    }

    @Transactional(readOnly = true)
    PageResponse<ReviewView> ofRestaurant(UUID restaurantId, int page, int size) {
        restaurants.published(restaurantId);
        return Paging.response(
                reviews.findByRestaurantIdOrderByCreatedAtDesc(restaurantId, PageRequest.of(page, size)),
                ReviewView::of);
    }
}
