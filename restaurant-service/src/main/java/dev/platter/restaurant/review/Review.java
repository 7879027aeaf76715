package dev.platter.restaurant.review;

import dev.platter.platform.web.ids.Uuids;
import dev.platter.platform.web.problem.IllegalTransition;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A customer's review of one delivered order: the restaurant's stars, maybe the rider's, and the owner's reply. */
@Entity
@Table(name = "reviews")
class Review {

    @Id
    private UUID id;

    private UUID orderId;

    private UUID restaurantId;

    private UUID customerId;

    private int restaurantRating;

    private @Nullable String comment;

    private @Nullable UUID riderId;

    private @Nullable Integer riderRating;

    private @Nullable String reply;

    private @Nullable Instant repliedAt;

    private Instant createdAt;

    @Version
    private long version;

    protected Review() {}

    Review(
            UUID orderId,
            UUID restaurantId,
            UUID customerId,
            int restaurantRating,
            @Nullable String comment,
            @Nullable UUID riderId,
            @Nullable Integer riderRating,
            Instant now) {
        this.id = Uuids.v7(now.toEpochMilli());
        this.orderId = orderId;
        this.restaurantId = restaurantId;
        this.customerId = customerId;
        this.restaurantRating = restaurantRating;
        this.comment = comment;
        this.riderId = riderRating == null ? null : riderId;
        this.riderRating = riderRating;
        this.createdAt = now;
    }

    /** The owner answers, once. */
    void reply(String text, Instant now) {
        if (reply != null) {
            throw new IllegalTransition("Review", "REPLIED", "be replied to again");
        }
        this.reply = text;
        this.repliedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID orderId() {
        return orderId;
    }

    UUID restaurantId() {
        return restaurantId;
    }

    UUID customerId() {
        return customerId;
    }

    int restaurantRating() {
        return restaurantRating;
    }

    @Nullable
    String comment() {
        return comment;
    }

    @Nullable
    UUID riderId() {
        return riderId;
    }

    @Nullable
    Integer riderRating() {
        return riderRating;
    }

    @Nullable
    String reply() {
        return reply;
    }

    @Nullable
    Instant repliedAt() {
        return repliedAt;
    }

    Instant createdAt() {
        return createdAt;
    }
}
