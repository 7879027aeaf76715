package dev.platter.delivery.dispatch;

import dev.platter.platform.web.ids.Uuids;
import dev.platter.platform.web.problem.IllegalTransition;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A delivery offered to one rider for a limited time; answered once (accepted, declined), or it expires. */
@Entity
public class Offer {

    @Id
    private UUID id;

    private UUID deliveryId;

    private UUID riderId;

    @Enumerated(EnumType.STRING)
    private OfferStatus status;

    private Instant offeredAt;

    private Instant expiresAt;

    private @Nullable Instant decidedAt;

    private int distanceToPickupMetres;

    @Version
    private long version;

    protected Offer() {}

    Offer(UUID deliveryId, UUID riderId, Instant offeredAt, Instant expiresAt, int distanceToPickupMetres) {
        this.id = Uuids.v7();
        this.deliveryId = deliveryId;
        this.riderId = riderId;
        this.status = OfferStatus.PENDING;
        this.offeredAt = offeredAt;
        this.expiresAt = expiresAt;
        this.distanceToPickupMetres = distanceToPickupMetres;
    }

    /** The rider takes it: only while pending and before it expires (a late answer loses to the expiry). */
    void accept(Instant now) {
        requirePending("accept");
        if (!now.isBefore(expiresAt)) {
            throw new IllegalTransition("Offer", "EXPIRED", "accept");
        }
        decide(OfferStatus.ACCEPTED, now);
    }

    void decline(Instant now) {
        requirePending("decline");
        decide(OfferStatus.DECLINED, now);
    }

    void expire(Instant now) {
        requirePending("expire");
        decide(OfferStatus.EXPIRED, now);
    }

    void withdraw(Instant now) {
        requirePending("withdraw");
        decide(OfferStatus.WITHDRAWN, now);
    }

    private void requirePending(String transition) {
        if (status != OfferStatus.PENDING) {
            throw new IllegalTransition("Offer", status, transition);
        }
    }

    private void decide(OfferStatus decision, Instant now) {
        status = decision;
        decidedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID deliveryId() {
        return deliveryId;
    }

    public UUID riderId() {
        return riderId;
    }

    public OfferStatus status() {
        return status;
    }

    public Instant offeredAt() {
        return offeredAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public int distanceToPickupMetres() {
        return distanceToPickupMetres;
    }
}
