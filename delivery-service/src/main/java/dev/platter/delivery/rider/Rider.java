package dev.platter.delivery.rider;

import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.delivery.RiderWentOffline;
import dev.platter.platform.events.delivery.RiderWentOnline;
import dev.platter.platform.events.user.RiderApproved;
import dev.platter.platform.events.user.VehicleType;
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

/**
 * A rider's operational profile (from their approval) and working state: online or offline, suspended, rating, when
 * they last finished a delivery. Going on- and offline are transitions that return the event to publish.
 */
@Entity
public class Rider {

    @Id
    private UUID id;

    private String name;

    private String phone;

    @Enumerated(EnumType.STRING)
    private VehicleType vehicle;

    private int capacity;

    private @Nullable String city;

    @Enumerated(EnumType.STRING)
    private RiderStatus status;

    private boolean suspended;

    private @Nullable Double ratingAverage;

    private int ratingCount;

    private @Nullable Instant onlineSince;

    private @Nullable Instant lastDeliveryAt;

    private long revision;

    @Version
    private long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected Rider() {}

    private Rider(RiderApproved approved, int capacity, Instant now) {
        this.id = approved.userId();
        this.name = approved.name();
        this.phone = approved.phone();
        this.vehicle = approved.vehicleType();
        this.capacity = capacity;
        this.city = approved.city();
        this.status = RiderStatus.OFFLINE;
        this.revision = 1;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The operational profile of a newly approved rider: offline until they start a shift. */
    static Rider approved(RiderApproved approved, int capacity, Instant now) {
        return new Rider(approved, capacity, now);
    }

    /** A repeated or later approval (a new vehicle, a new phone) updates the profile. */
    void reapproved(RiderApproved approved, int newCapacity, Instant now) {
        this.name = approved.name();
        this.phone = approved.phone();
        this.vehicle = approved.vehicleType();
        this.capacity = newCapacity;
        this.city = approved.city();
        this.updatedAt = now;
    }

    RiderWentOnline goOnline(@Nullable GeoPoint position, Instant now) {
        if (suspended) {
            throw new IllegalTransition("Rider", "SUSPENDED", "go online");
        }
        switch (status) {
            case OFFLINE -> {
                status = RiderStatus.ONLINE;
                onlineSince = now;
                return new RiderWentOnline(Uuids.v7(), now, id, changed(now), position);
            }
            case ONLINE -> throw new IllegalTransition("Rider", status, "go online");
            default -> throw new IllegalStateException(status.name());
        }
    }

    /** Ends the shift; {@code null} when the rider was offline already (a sweep or suspension crossing a request). */
    @Nullable
    RiderWentOffline goOffline(RiderWentOffline.Reason reason, Instant now) {
        if (status == RiderStatus.OFFLINE) {
            return null;
        }
        status = RiderStatus.OFFLINE;
        onlineSince = null;
        return new RiderWentOffline(Uuids.v7(), now, id, changed(now), reason);
    }

    void suspend(Instant now) {
        suspended = true;
        updatedAt = now;
    }

    /** Applies a rider average from a review, unless an average over more ratings is already known. */
    boolean rated(double average, int count, Instant now) {
        if (count <= ratingCount) {
            return false;
        }
        ratingAverage = average;
        ratingCount = count;
        updatedAt = now;
        return true;
    }

    /** A delivery was handed over: the rider's idle time starts again. */
    public void deliveredAt(Instant at) {
        if (lastDeliveryAt == null || at.isAfter(lastDeliveryAt)) {
            lastDeliveryAt = at;
        }
    }

    private long changed(Instant now) {
        updatedAt = now;
        return ++revision;
    }

    /** Since when the rider waits for work: their last handoff in this shift, or the start of the shift. */
    public Instant idleSince(Instant now) {
        Instant since = onlineSince == null ? now : onlineSince;
        return lastDeliveryAt != null && lastDeliveryAt.isAfter(since) ? lastDeliveryAt : since;
    }

    public boolean takesOffers() {
        return status == RiderStatus.ONLINE && !suspended;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String phone() {
        return phone;
    }

    public VehicleType vehicle() {
        return vehicle;
    }

    public int capacity() {
        return capacity;
    }

    public @Nullable String city() {
        return city;
    }

    public RiderStatus status() {
        return status;
    }

    public boolean suspended() {
        return suspended;
    }

    public @Nullable Double ratingAverage() {
        return ratingAverage;
    }

    public int ratingCount() {
        return ratingCount;
    }

    public @Nullable Instant onlineSince() {
        return onlineSince;
    }
}
