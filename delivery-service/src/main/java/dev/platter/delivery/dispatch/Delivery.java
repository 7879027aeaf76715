package dev.platter.delivery.dispatch;

import dev.platter.platform.events.Address;
import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.delivery.DeliveryCancelled;
import dev.platter.platform.events.delivery.DeliveryCompleted;
import dev.platter.platform.events.delivery.DeliveryEvent;
import dev.platter.platform.events.delivery.DeliveryOffered;
import dev.platter.platform.events.delivery.DeliveryPickedUp;
import dev.platter.platform.events.delivery.DeliveryRequested;
import dev.platter.platform.events.delivery.DeliveryUnassignable;
import dev.platter.platform.events.delivery.HandoffFailed;
import dev.platter.platform.events.delivery.OfferDeclined;
import dev.platter.platform.events.delivery.OfferExpired;
import dev.platter.platform.events.delivery.RiderArrivedAtRestaurant;
import dev.platter.platform.events.delivery.RiderAssigned;
import dev.platter.platform.events.order.OrderAccepted;
import dev.platter.platform.web.ids.Uuids;
import dev.platter.platform.web.problem.IllegalTransition;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The delivery of one accepted order: SEARCHING → OFFERED → ASSIGNED → AT_RESTAURANT → PICKED_UP → DELIVERED, or
 * CANCELLED before pickup. Every transition checks the status, changes it and returns the event to publish; a rider's
 * command in the wrong state throws {@link IllegalTransition} (409). The handoff code never leaves this class except
 * as the answer to "is this the right code".
 */
@Entity
public class Delivery {

    @Id
    private UUID id;

    private UUID orderId;

    private UUID restaurantId;

    private String restaurantName;

    private UUID customerId;

    private String customerName;

    private @Nullable String customerPhone;

    private String pickupAddress;

    private double pickupLat;

    private double pickupLon;

    private String dropoffAddress;

    private double dropoffLat;

    private double dropoffLon;

    private @Nullable String instructions;

    private int itemCount;

    private Instant readyAt;

    private String handoffCode;

    private long cashMinor;

    private long tipMinor;

    private String currency;

    private int tripMetres;

    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;

    private @Nullable UUID riderId;

    private Instant searchingSince;

    private boolean unassignableReported;

    private int dispatchAttempts;

    private int offersMade;

    private int handoffAttempts;

    private boolean handoffFailed;

    private @Nullable Instant estimatedPickupAt;

    private @Nullable Instant estimatedDeliveryAt;

    private @Nullable Instant assignedAt;

    private @Nullable Instant pickedUpAt;

    private @Nullable Instant deliveredAt;

    private @Nullable Instant cancelledAt;

    private @Nullable Long earningMinor;

    private long revision;

    @Version
    private long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected Delivery() {}

    private Delivery(OrderAccepted order, long tipMinor, int tripMetres, Instant now) {
        this.id = Uuids.v7();
        this.orderId = order.orderId();
        this.restaurantId = order.restaurantId();
        this.restaurantName = order.restaurantName();
        this.customerId = order.customerId();
        this.customerName = order.customerName();
        this.customerPhone = order.customerPhone();
        this.pickupAddress = format(order.pickupAddress());
        this.pickupLat = order.pickupAddress().location().lat();
        this.pickupLon = order.pickupAddress().location().lon();
        this.dropoffAddress = format(order.deliveryAddress());
        this.dropoffLat = order.deliveryAddress().location().lat();
        this.dropoffLon = order.deliveryAddress().location().lon();
        this.instructions = order.deliveryInstructions();
        this.itemCount = order.itemCount();
        this.readyAt = order.readyAt();
        this.handoffCode = order.handoffCode();
        this.cashMinor = order.cashToCollect().amountMinor();
        this.tipMinor = tipMinor;
        this.currency = order.total().currency();
        this.tripMetres = tripMetres;
        this.status = DeliveryStatus.SEARCHING;
        this.searchingSince = now;
        this.revision = 1;
        this.createdAt = now;
        this.updatedAt = now;
    }

    private static String format(Address address) {
        var text = new StringBuilder(address.line1());
        if (address.line2() != null && !address.line2().isBlank()) {
            text.append(", ").append(address.line2());
        }
        text.append(", ").append(address.city());
        if (address.postalCode() != null) {
            text.append(' ').append(address.postalCode());
        }
        return text.length() > 500 ? text.substring(0, 500) : text.toString();
    }

    /** A delivery for an accepted order, searching for a rider. */
    static Delivery forOrder(OrderAccepted order, long tipMinor, int tripMetres, Instant now) {
        return new Delivery(order, tipMinor, tripMetres, now);
    }

    DeliveryRequested requested() {
        return new DeliveryRequested(
                Uuids.v7(),
                createdAt,
                orderId,
                revision,
                id,
                restaurantId,
                customerId,
                pickup(),
                dropOff(),
                readyAt,
                tripMetres);
    }

    // --- dispatch ------------------------------------------------------------------------------------------------

    DeliveryOffered offer(Offer offer, Instant now) {
        require(DeliveryStatus.SEARCHING, "be offered");
        status = DeliveryStatus.OFFERED;
        offersMade++;
        return new DeliveryOffered(
                Uuids.v7(),
                now,
                orderId,
                changed(now),
                id,
                offer.id(),
                offer.riderId(),
                offer.expiresAt(),
                restaurantId,
                restaurantName,
                pickup(),
                dropOff(),
                offer.distanceToPickupMetres(),
                tripMetres,
                cashToCollect());
    }

    OfferDeclined declined(Offer offer, @Nullable String reason, Instant now) {
        require(DeliveryStatus.OFFERED, "have its offer declined");
        offer.decline(now);
        status = DeliveryStatus.SEARCHING;
        return new OfferDeclined(Uuids.v7(), now, orderId, changed(now), id, offer.id(), offer.riderId(), reason);
    }

    OfferExpired expired(Offer offer, Instant now) {
        require(DeliveryStatus.OFFERED, "have its offer expire");
        offer.expire(now);
        status = DeliveryStatus.SEARCHING;
        return new OfferExpired(Uuids.v7(), now, orderId, changed(now), id, offer.id(), offer.riderId());
    }

    /** The offered rider accepted in time. */
    RiderAssigned accepted(Offer offer, String riderName, Instant etaPickup, Instant etaDelivery, Instant now) {
        require(DeliveryStatus.OFFERED, "be accepted");
        offer.accept(now);
        return assign(offer.riderId(), riderName, etaPickup, etaDelivery, now);
    }

    /**
     * Ops assign a rider by hand: a delivery still searching or offered (the offer is withdrawn by the caller), or one
     * already assigned and not yet picked up (reassigned: the previous rider sees it go to someone else).
     */
    RiderAssigned assignedByHand(UUID newRider, String riderName, Instant etaPickup, Instant etaDelivery, Instant now) {
        switch (status) {
            case SEARCHING, OFFERED, ASSIGNED, AT_RESTAURANT -> {
                return assign(newRider, riderName, etaPickup, etaDelivery, now);
            }
            default -> throw new IllegalTransition("Delivery", status, "be assigned");
        }
    }

    private RiderAssigned assign(UUID newRider, String riderName, Instant etaPickup, Instant etaDelivery, Instant now) {
        status = DeliveryStatus.ASSIGNED;
        riderId = newRider;
        assignedAt = now;
        estimatedPickupAt = etaPickup;
        estimatedDeliveryAt = etaDelivery;
        return new RiderAssigned(
                Uuids.v7(),
                now,
                orderId,
                changed(now),
                id,
                newRider,
                riderName,
                restaurantId,
                customerId,
                etaPickup,
                etaDelivery);
    }

    /**
     * Nobody could be offered the delivery this time. Once it has searched longer than {@code unassignableAfter}, ops
     * are told (once); the search goes on either way.
     */
    @Nullable
    DeliveryUnassignable searchedInVain(Duration unassignableAfter, Instant now) {
        require(DeliveryStatus.SEARCHING, "search");
        dispatchAttempts++;
        updatedAt = now;
        if (unassignableReported || Duration.between(searchingSince, now).compareTo(unassignableAfter) < 0) {
            return null;
        }
        unassignableReported = true;
        return new DeliveryUnassignable(
                Uuids.v7(), now, orderId, changed(now), id, restaurantId, customerId, searchingSince, offersMade);
    }

    // --- the rider's steps ---------------------------------------------------------------------------------------

    RiderArrivedAtRestaurant arrived(UUID rider, Instant now) {
        requireRider(rider);
        require(DeliveryStatus.ASSIGNED, "mark the rider arrived");
        status = DeliveryStatus.AT_RESTAURANT;
        return new RiderArrivedAtRestaurant(
                Uuids.v7(), now, orderId, changed(now), id, rider, restaurantId, customerId);
    }

    DeliveryPickedUp pickedUp(UUID rider, Instant etaDelivery, Instant now) {
        requireRider(rider);
        require(DeliveryStatus.AT_RESTAURANT, "be picked up");
        status = DeliveryStatus.PICKED_UP;
        pickedUpAt = now;
        estimatedDeliveryAt = etaDelivery;
        return new DeliveryPickedUp(
                Uuids.v7(), now, orderId, changed(now), id, rider, restaurantId, customerId, etaDelivery);
    }

    /** What came of a code entered at the door. */
    record Handoff(boolean delivered, int attemptsLeft, @Nullable DeliveryEvent event) {}

    /**
     * The rider enters the customer's code: the right one completes the delivery; a wrong one counts, and the last
     * allowed wrong one fails the handoff to admins (no more codes are taken).
     */
    Handoff handOver(UUID rider, String code, int maxAttempts, long earning, Instant now) {
        requireRider(rider);
        require(DeliveryStatus.PICKED_UP, "be handed over");
        if (handoffFailed) {
            throw new IllegalTransition("Delivery", "HANDOFF_FAILED", "take another code");
        }
        if (MessageDigest.isEqual(
                handoffCode.getBytes(StandardCharsets.UTF_8), code.getBytes(StandardCharsets.UTF_8))) {
            return new Handoff(true, maxAttempts - handoffAttempts, complete(earning, now));
        }
        handoffAttempts++;
        updatedAt = now;
        if (handoffAttempts < maxAttempts) {
            return new Handoff(false, maxAttempts - handoffAttempts, null);
        }
        handoffFailed = true;
        return new Handoff(
                false,
                0,
                new HandoffFailed(
                        Uuids.v7(),
                        now,
                        orderId,
                        changed(now),
                        id,
                        rider,
                        restaurantId,
                        customerId,
                        HandoffFailed.Reason.CODE_ATTEMPTS_EXCEEDED,
                        handoffAttempts));
    }

    /**
     * Ops confirm the handoff themselves (they reached the customer), typically after a failed one: the delivery is
     * completed for its rider.
     */
    DeliveryCompleted completedByHand(long earning, Instant now) {
        require(DeliveryStatus.PICKED_UP, "be completed by hand");
        return complete(earning, now);
    }

    private DeliveryCompleted complete(long earning, Instant now) {
        status = DeliveryStatus.DELIVERED;
        deliveredAt = now;
        earningMinor = earning;
        return new DeliveryCompleted(
                Uuids.v7(),
                now,
                orderId,
                changed(now),
                id,
                java.util.Objects.requireNonNull(riderId),
                restaurantId,
                customerId,
                tripMetres,
                cashToCollect());
    }

    /**
     * The order was cancelled: a delivery not yet picked up is called off, and the rider it was offered or assigned to
     * is named in the event; {@code null} once picked up (only refunded then) or already ended.
     */
    @Nullable
    DeliveryCancelled cancel(@Nullable UUID offeredRider, DeliveryCancelled.Reason reason, Instant now) {
        switch (status) {
            case SEARCHING, OFFERED, ASSIGNED, AT_RESTAURANT -> {
                var told = status == DeliveryStatus.OFFERED ? offeredRider : riderId;
                status = DeliveryStatus.CANCELLED;
                cancelledAt = now;
                return new DeliveryCancelled(
                        Uuids.v7(), now, orderId, changed(now), id, told, restaurantId, customerId, reason);
            }
            default -> {
                return null;
            }
        }
    }

    /** The kitchen says the food is ready: that is the ready time from now on, until pickup. */
    boolean foodReady(Instant at) {
        if (status == DeliveryStatus.PICKED_UP
                || status == DeliveryStatus.DELIVERED
                || status == DeliveryStatus.CANCELLED) {
            return false;
        }
        readyAt = at;
        return true;
    }

    private void require(DeliveryStatus expected, String transition) {
        if (status != expected) {
            throw new IllegalTransition("Delivery", status, transition);
        }
    }

    private void requireRider(UUID rider) {
        if (!rider.equals(riderId)) {
            throw new DeliveryNotFound(id);
        }
    }

    private long changed(Instant now) {
        updatedAt = now;
        return ++revision;
    }

    // --- reading -------------------------------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public UUID orderId() {
        return orderId;
    }

    public UUID restaurantId() {
        return restaurantId;
    }

    public String restaurantName() {
        return restaurantName;
    }

    public UUID customerId() {
        return customerId;
    }

    public String customerName() {
        return customerName;
    }

    public @Nullable String customerPhone() {
        return customerPhone;
    }

    public String pickupAddress() {
        return pickupAddress;
    }

    public String dropoffAddress() {
        return dropoffAddress;
    }

    public @Nullable String instructions() {
        return instructions;
    }

    public int itemCount() {
        return itemCount;
    }

    public GeoPoint pickup() {
        return new GeoPoint(pickupLat, pickupLon);
    }

    public GeoPoint dropOff() {
        return new GeoPoint(dropoffLat, dropoffLon);
    }

    public Instant readyAt() {
        return readyAt;
    }

    public Money cashToCollect() {
        return Money.of(cashMinor, currency);
    }

    public Money tip() {
        return Money.of(tipMinor, currency);
    }

    public int tripMetres() {
        return tripMetres;
    }

    public DeliveryStatus status() {
        return status;
    }

    public @Nullable UUID riderId() {
        return riderId;
    }

    public Instant searchingSince() {
        return searchingSince;
    }

    public int dispatchAttempts() {
        return dispatchAttempts;
    }

    public int offersMade() {
        return offersMade;
    }

    public boolean unassignableReported() {
        return unassignableReported;
    }

    public int handoffAttempts() {
        return handoffAttempts;
    }

    public boolean handoffFailed() {
        return handoffFailed;
    }

    public @Nullable Instant estimatedPickupAt() {
        return estimatedPickupAt;
    }

    public @Nullable Instant estimatedDeliveryAt() {
        return estimatedDeliveryAt;
    }

    public @Nullable Instant assignedAt() {
        return assignedAt;
    }

    public @Nullable Instant pickedUpAt() {
        return pickedUpAt;
    }

    public @Nullable Instant deliveredAt() {
        return deliveredAt;
    }

    public @Nullable Instant cancelledAt() {
        return cancelledAt;
    }

    public @Nullable Long earningMinor() {
        return earningMinor;
    }

    public long revision() {
        return revision;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
