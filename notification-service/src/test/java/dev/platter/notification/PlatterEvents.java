package dev.platter.notification;

import dev.platter.platform.events.Address;
import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.events.delivery.DeliveryOffered;
import dev.platter.platform.events.delivery.RiderLocationUpdated;
import dev.platter.platform.events.order.LineItem;
import dev.platter.platform.events.order.OrderAccepted;
import dev.platter.platform.events.order.OrderCreated;
import dev.platter.platform.events.order.OrderPickedUp;
import dev.platter.platform.events.order.OrderPlaced;
import dev.platter.platform.events.order.OrderPreparing;
import dev.platter.platform.events.order.OrderTotals;
import dev.platter.platform.events.restaurant.RestaurantUpserted;
import dev.platter.platform.events.restaurant.TicketOpened;
import dev.platter.platform.events.user.Role;
import dev.platter.platform.events.user.UserRegistered;
import dev.platter.platform.events.user.UserUpdated;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Object mother of the events notification-service consumes: Asha orders Paneer Tikka from Spice Garden. */
public final class PlatterEvents {

    public static final String SPICE_GARDEN = "Spice Garden";
    public static final String HANDOFF_CODE = "4821";

    private PlatterEvents() {}

    public static Money inr(long minor) {
        return Money.of(minor, "INR");
    }

    static final Address RESIDENCY_ROAD =
            new Address("4 Residency Road", null, "Bengaluru", "560025", "IN", new GeoPoint(12.97, 77.60));
    static final Address MG_ROAD =
            new Address("12 MG Road", null, "Bengaluru", "560001", "IN", new GeoPoint(12.97, 77.59));

    static final LineItem PANEER_TIKKA =
            new LineItem(UUID.randomUUID(), "Paneer Tikka", 2, inr(24900), List.of(), inr(49800), "no onions");
    static final OrderTotals TOTALS = new OrderTotals(
            inr(49800), inr(2000), inr(3000), inr(2500), inr(0), inr(0), inr(57300), inr(0), inr(57300), null);

    public static UserRegistered registered(
            UUID userId, String email, @Nullable String phone, @Nullable String locale) {
        return new UserRegistered(
                UUID.randomUUID(), Instant.now(), userId, 1, email, "Asha Rao", phone, Set.of(Role.CUSTOMER), locale);
    }

    public static UserUpdated updated(UUID userId, long version, String email, @Nullable String phone, String locale) {
        return new UserUpdated(
                UUID.randomUUID(),
                Instant.now(),
                userId,
                version,
                email,
                "Asha Rao",
                phone,
                Set.of(Role.CUSTOMER),
                locale);
    }

    public static RestaurantUpserted spiceGarden(UUID restaurantId, UUID ownerId) {
        return new RestaurantUpserted(
                UUID.randomUUID(),
                Instant.now(),
                restaurantId,
                1,
                ownerId,
                SPICE_GARDEN,
                "Tandoor and curries",
                MG_ROAD,
                "Asia/Kolkata",
                List.of("North Indian"),
                "INR",
                5000,
                inr(19900),
                20,
                List.of(),
                true,
                null);
    }

    public static OrderCreated created(UUID orderId, UUID customerId, UUID restaurantId) {
        return new OrderCreated(
                UUID.randomUUID(),
                Instant.now(),
                orderId,
                1,
                customerId,
                restaurantId,
                "Asha Rao",
                List.of(PANEER_TIKKA),
                TOTALS,
                PaymentMethod.CARD,
                RESIDENCY_ROAD,
                null,
                Instant.now().plus(Duration.ofMinutes(15)));
    }

    public static OrderPlaced placed(UUID orderId, UUID customerId, UUID restaurantId) {
        return new OrderPlaced(
                UUID.randomUUID(),
                Instant.now(),
                orderId,
                2,
                customerId,
                restaurantId,
                "Asha Rao",
                List.of(PANEER_TIKKA),
                TOTALS,
                PaymentMethod.CARD,
                RESIDENCY_ROAD,
                "Ring twice");
    }

    public static OrderAccepted accepted(UUID orderId, UUID customerId, UUID restaurantId) {
        return new OrderAccepted(
                UUID.randomUUID(),
                Instant.now(),
                orderId,
                3,
                customerId,
                restaurantId,
                SPICE_GARDEN,
                MG_ROAD,
                "Asha Rao",
                "+919812345678",
                RESIDENCY_ROAD,
                "Ring twice",
                20,
                Instant.parse("2026-12-03T14:30:00Z"),
                HANDOFF_CODE,
                PaymentMethod.CARD,
                inr(57300),
                inr(0),
                2);
    }

    public static OrderPreparing preparing(UUID orderId, UUID customerId, UUID restaurantId) {
        return new OrderPreparing(
                UUID.randomUUID(),
                Instant.now(),
                orderId,
                4,
                customerId,
                restaurantId,
                Instant.now().plusSeconds(900));
    }

    public static OrderPickedUp pickedUp(UUID orderId, UUID customerId, UUID restaurantId, UUID riderId) {
        return new OrderPickedUp(
                UUID.randomUUID(),
                Instant.now(),
                orderId,
                6,
                customerId,
                restaurantId,
                riderId,
                Instant.parse("2026-12-03T15:00:00Z"));
    }

    public static TicketOpened ticketOpened(UUID orderId, UUID restaurantId, UUID ownerId) {
        return new TicketOpened(
                UUID.randomUUID(),
                Instant.now(),
                orderId,
                1,
                UUID.randomUUID(),
                restaurantId,
                ownerId,
                List.of(new TicketOpened.Line(PANEER_TIKKA.menuItemId(), "Paneer Tikka", 2, List.of(), "no onions")),
                inr(49800),
                Instant.now().plusSeconds(300));
    }

    public static DeliveryOffered offered(UUID orderId, UUID riderId, UUID restaurantId) {
        return new DeliveryOffered(
                UUID.randomUUID(),
                Instant.now(),
                orderId,
                2,
                UUID.randomUUID(),
                UUID.randomUUID(),
                riderId,
                Instant.now().plusSeconds(30),
                restaurantId,
                SPICE_GARDEN,
                MG_ROAD.location(),
                RESIDENCY_ROAD.location(),
                850,
                3200,
                inr(0));
    }

    public static RiderLocationUpdated position(UUID orderId, UUID riderId, long version, double lat) {
        return new RiderLocationUpdated(
                UUID.randomUUID(),
                Instant.now(),
                orderId,
                version,
                UUID.randomUUID(),
                riderId,
                new GeoPoint(lat, 77.595),
                90.0,
                6.5,
                Instant.now().plusSeconds(600));
    }
}
