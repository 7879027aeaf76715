package dev.platter.platform.events;

import dev.platter.platform.events.delivery.DeliveryCancelled;
import dev.platter.platform.events.delivery.DeliveryCompleted;
import dev.platter.platform.events.delivery.DeliveryOffered;
import dev.platter.platform.events.delivery.DeliveryPickedUp;
import dev.platter.platform.events.delivery.DeliveryRequested;
import dev.platter.platform.events.delivery.DeliveryUnassignable;
import dev.platter.platform.events.delivery.HandoffFailed;
import dev.platter.platform.events.delivery.OfferDeclined;
import dev.platter.platform.events.delivery.OfferExpired;
import dev.platter.platform.events.delivery.RiderArrivedAtRestaurant;
import dev.platter.platform.events.delivery.RiderAssigned;
import dev.platter.platform.events.delivery.RiderLocationUpdated;
import dev.platter.platform.events.delivery.RiderWentOffline;
import dev.platter.platform.events.delivery.RiderWentOnline;
import dev.platter.platform.events.order.LineItem;
import dev.platter.platform.events.order.OrderAccepted;
import dev.platter.platform.events.order.OrderCancelled;
import dev.platter.platform.events.order.OrderCreated;
import dev.platter.platform.events.order.OrderDelivered;
import dev.platter.platform.events.order.OrderPickedUp;
import dev.platter.platform.events.order.OrderPlaced;
import dev.platter.platform.events.order.OrderPreparing;
import dev.platter.platform.events.order.OrderReadyForPickup;
import dev.platter.platform.events.order.OrderRejected;
import dev.platter.platform.events.order.OrderTotals;
import dev.platter.platform.events.payment.PaymentAuthorized;
import dev.platter.platform.events.payment.PaymentCaptured;
import dev.platter.platform.events.payment.PaymentFailed;
import dev.platter.platform.events.payment.PaymentVoided;
import dev.platter.platform.events.payment.RefundFailed;
import dev.platter.platform.events.payment.RefundReason;
import dev.platter.platform.events.payment.RefundSucceeded;
import dev.platter.platform.events.restaurant.MenuChanged;
import dev.platter.platform.events.restaurant.PreparationStarted;
import dev.platter.platform.events.restaurant.RestaurantAvailabilityChanged;
import dev.platter.platform.events.restaurant.RestaurantUpserted;
import dev.platter.platform.events.restaurant.ReviewPublished;
import dev.platter.platform.events.restaurant.TicketAccepted;
import dev.platter.platform.events.restaurant.TicketOpened;
import dev.platter.platform.events.restaurant.TicketReady;
import dev.platter.platform.events.restaurant.TicketRejected;
import dev.platter.platform.events.user.OwnerApproved;
import dev.platter.platform.events.user.RiderApproved;
import dev.platter.platform.events.user.Role;
import dev.platter.platform.events.user.UserRegistered;
import dev.platter.platform.events.user.UserSuspended;
import dev.platter.platform.events.user.UserUpdated;
import dev.platter.platform.events.user.VehicleType;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Object mother: one fully populated sample of every published event (every {@code @Nullable} field set too), telling
 * the story of Asha's dinner from Spice Garden, delivered by Ravi. Add a sample here when you add an event.
 */
final class EventSamples {

    static final String INR = "INR";
    static final Instant CHECKED_OUT_AT = Instant.parse("2025-06-14T13:05:00Z");
    static final Instant PLACED_AT = CHECKED_OUT_AT.plusSeconds(40);
    static final Instant ACCEPTED_AT = PLACED_AT.plusSeconds(90);
    static final Instant READY_AT = ACCEPTED_AT.plus(Duration.ofMinutes(20));
    static final Instant DELIVERED_AT = READY_AT.plus(Duration.ofMinutes(18));

    // People
    static final UUID ASHA = uuid("customer:asha");
    static final UUID MEERA = uuid("owner:meera");
    static final UUID RAVI = uuid("rider:ravi");
    static final UUID OPS_ADMIN = uuid("admin:kiran");

    // Spice Garden and its menu
    static final UUID SPICE_GARDEN = uuid("restaurant:spice-garden");
    static final Address SPICE_GARDEN_ADDRESS = new Address(
            "80 Feet Road, Koramangala", "4th Block", "Bengaluru", "560034", "IN", new GeoPoint(12.9352, 77.6245));
    static final UUID PIZZAS = uuid("category:pizzas");
    static final UUID STARTERS = uuid("category:starters");
    static final UUID MARGHERITA = uuid("item:margherita");
    static final UUID PANEER_TIKKA = uuid("item:paneer-tikka");
    static final UUID SIZE = uuid("group:size");
    static final UUID EXTRAS = uuid("group:extras");
    static final UUID REGULAR = uuid("option:regular");
    static final UUID LARGE = uuid("option:large");
    static final UUID EXTRA_CHEESE = uuid("option:extra-cheese");
    static final UUID JALAPENOS = uuid("option:jalapenos");

    // Asha's order
    static final UUID ORDER = uuid("order:asha-dinner");
    static final UUID TICKET = uuid("ticket:asha-dinner");
    static final UUID PAYMENT = uuid("payment:asha-dinner");
    static final UUID REFUND = uuid("refund:asha-dinner");
    static final UUID DELIVERY = uuid("delivery:asha-dinner");
    static final UUID OFFER = uuid("offer:asha-dinner-ravi");
    static final String HANDOFF_CODE = "4821";
    static final Address ASHA_HOME = new Address(
            "Flat 12B, Lotus Residency",
            "Near Indiranagar Metro",
            "Bengaluru",
            "560038",
            "IN",
            new GeoPoint(12.9784, 77.6408));

    static final LineItem MARGHERITA_LARGE = new LineItem(
            MARGHERITA,
            "Margherita",
            2,
            inr(34_900),
            List.of(
                    new LineItem.Option(LARGE, "Size", "Large", inr(10_000)),
                    new LineItem.Option(EXTRA_CHEESE, "Extras", "Extra cheese", inr(4_900))),
            inr(99_600),
            "Well done, please");
    static final LineItem PANEER_TIKKA_PLATE =
            new LineItem(PANEER_TIKKA, "Paneer Tikka", 1, inr(27_500), List.of(), inr(27_500), "Extra mint chutney");
    static final List<LineItem> LINES = List.of(MARGHERITA_LARGE, PANEER_TIKKA_PLATE);
    static final OrderTotals TOTALS = new OrderTotals(
            inr(127_100),
            inr(2_000),
            inr(3_500),
            inr(6_355),
            inr(2_000),
            inr(10_000),
            inr(130_955),
            inr(20_000),
            inr(110_955),
            "FIRSTBITE");
    static final Money TOTAL = TOTALS.total();

    private EventSamples() {}

    static Money inr(long paise) {
        return Money.of(paise, INR);
    }

    /** One sample of every event class. */
    static List<PlatterEvent> all() {
        return List.of(
                // users
                new UserRegistered(
                        eventId("UserRegistered"),
                        CHECKED_OUT_AT.minus(Duration.ofDays(30)),
                        ASHA,
                        1,
                        "asha@example.com",
                        "Asha Rao",
                        "+919812345678",
                        Set.of(Role.CUSTOMER),
                        "en-IN"),
                new UserUpdated(
                        eventId("UserUpdated"),
                        CHECKED_OUT_AT.minus(Duration.ofDays(2)),
                        ASHA,
                        2,
                        "asha.rao@example.com",
                        "Asha Rao",
                        "+919812345678",
                        Set.of(Role.CUSTOMER, Role.RESTAURANT_OWNER),
                        "kn-IN"),
                new UserSuspended(
                        eventId("UserSuspended"), DELIVERED_AT, RAVI, 7, "Repeated handoff failures", OPS_ADMIN),
                new RiderApproved(
                        eventId("RiderApproved"),
                        CHECKED_OUT_AT.minus(Duration.ofDays(60)),
                        RAVI,
                        3,
                        uuid("application:ravi"),
                        "Ravi Kumar",
                        "+919900112233",
                        VehicleType.SCOOTER,
                        "Bengaluru"),
                new OwnerApproved(
                        eventId("OwnerApproved"),
                        CHECKED_OUT_AT.minus(Duration.ofDays(90)),
                        MEERA,
                        3,
                        uuid("application:meera"),
                        "Meera Iyer",
                        "meera@spicegarden.example",
                        "Spice Garden Foods Pvt Ltd"),
                // restaurants
                new RestaurantUpserted(
                        eventId("RestaurantUpserted"),
                        CHECKED_OUT_AT.minus(Duration.ofDays(80)),
                        SPICE_GARDEN,
                        4,
                        MEERA,
                        "Spice Garden",
                        "Wood-fired pizzas and tandoor classics",
                        SPICE_GARDEN_ADDRESS,
                        "Asia/Kolkata",
                        List.of("Pizza", "North Indian"),
                        INR,
                        6_000,
                        inr(19_900),
                        20,
                        List.of(
                                new RestaurantUpserted.OpeningHours(
                                        DayOfWeek.SATURDAY, LocalTime.of(11, 30), LocalTime.of(23, 0)),
                                new RestaurantUpserted.OpeningHours(
                                        DayOfWeek.SUNDAY, LocalTime.of(18, 0), LocalTime.of(1, 30))),
                        true,
                        "https://cdn.platter.dev/restaurants/spice-garden.jpg"),
                new RestaurantAvailabilityChanged(
                        eventId("RestaurantAvailabilityChanged"),
                        CHECKED_OUT_AT.minus(Duration.ofHours(3)),
                        SPICE_GARDEN,
                        5,
                        false,
                        RestaurantAvailabilityChanged.Reason.TOO_BUSY,
                        CHECKED_OUT_AT.minus(Duration.ofHours(2))),
                new MenuChanged(
                        eventId("MenuChanged"),
                        CHECKED_OUT_AT.minus(Duration.ofDays(1)),
                        SPICE_GARDEN,
                        12,
                        INR,
                        List.of(
                                new MenuChanged.Category(
                                        PIZZAS,
                                        "Pizzas",
                                        List.of(new MenuChanged.Item(
                                                MARGHERITA,
                                                "Margherita",
                                                "San Marzano tomato, fior di latte, basil",
                                                inr(34_900),
                                                true,
                                                List.of(MenuChanged.DietaryTag.VEGETARIAN),
                                                "https://cdn.platter.dev/items/margherita.jpg",
                                                List.of(
                                                        new MenuChanged.OptionGroup(
                                                                SIZE,
                                                                "Size",
                                                                1,
                                                                1,
                                                                List.of(
                                                                        new MenuChanged.Option(
                                                                                REGULAR, "Regular", inr(0), true),
                                                                        new MenuChanged.Option(
                                                                                LARGE, "Large", inr(10_000), true))),
                                                        new MenuChanged.OptionGroup(
                                                                EXTRAS,
                                                                "Extras",
                                                                0,
                                                                2,
                                                                List.of(
                                                                        new MenuChanged.Option(
                                                                                EXTRA_CHEESE,
                                                                                "Extra cheese",
                                                                                inr(4_900),
                                                                                true),
                                                                        new MenuChanged.Option(
                                                                                JALAPENOS,
                                                                                "Jalapeños",
                                                                                inr(3_900),
                                                                                false))))))),
                                new MenuChanged.Category(
                                        STARTERS,
                                        "Starters",
                                        List.of(new MenuChanged.Item(
                                                PANEER_TIKKA,
                                                "Paneer Tikka",
                                                "Charred cottage cheese, mint chutney",
                                                inr(27_500),
                                                true,
                                                List.of(
                                                        MenuChanged.DietaryTag.VEGETARIAN,
                                                        MenuChanged.DietaryTag.SPICY),
                                                "https://cdn.platter.dev/items/paneer-tikka.jpg",
                                                List.of()))))),
                new ReviewPublished(
                        eventId("ReviewPublished"),
                        DELIVERED_AT.plus(Duration.ofHours(1)),
                        SPICE_GARDEN,
                        1,
                        uuid("review:asha-dinner"),
                        ORDER,
                        ASHA,
                        5,
                        "Crisp base, generous cheese. Came hot!",
                        4.62,
                        318,
                        RAVI,
                        4,
                        4.8,
                        1_204),
                // kitchen
                new TicketOpened(
                        eventId("TicketOpened"),
                        PLACED_AT,
                        ORDER,
                        1,
                        TICKET,
                        SPICE_GARDEN,
                        MEERA,
                        List.of(
                                new TicketOpened.Line(
                                        MARGHERITA,
                                        "Margherita",
                                        2,
                                        List.of("Large", "Extra cheese"),
                                        "Well done, please"),
                                new TicketOpened.Line(
                                        PANEER_TIKKA, "Paneer Tikka", 1, List.of(), "Extra mint chutney")),
                        TOTALS.itemsTotal(),
                        PLACED_AT.plus(Duration.ofMinutes(5))),
                new TicketAccepted(
                        eventId("TicketAccepted"), ACCEPTED_AT, ORDER, 2, TICKET, SPICE_GARDEN, 20, READY_AT, false),
                new TicketRejected(
                        eventId("TicketRejected"),
                        ACCEPTED_AT,
                        ORDER,
                        2,
                        TICKET,
                        SPICE_GARDEN,
                        TicketRejected.Reason.ITEM_UNAVAILABLE,
                        "Out of fior di latte tonight"),
                new PreparationStarted(
                        eventId("PreparationStarted"),
                        ACCEPTED_AT.plusSeconds(60),
                        ORDER,
                        3,
                        TICKET,
                        SPICE_GARDEN,
                        READY_AT),
                new TicketReady(eventId("TicketReady"), READY_AT, ORDER, 4, TICKET, SPICE_GARDEN),
                // orders
                new OrderCreated(
                        eventId("OrderCreated"),
                        CHECKED_OUT_AT,
                        ORDER,
                        1,
                        ASHA,
                        SPICE_GARDEN,
                        "Asha Rao",
                        LINES,
                        TOTALS,
                        PaymentMethod.CARD,
                        ASHA_HOME,
                        "Ring twice, the bell is faint",
                        CHECKED_OUT_AT.plus(Duration.ofMinutes(15))),
                new OrderPlaced(
                        eventId("OrderPlaced"),
                        PLACED_AT,
                        ORDER,
                        2,
                        ASHA,
                        SPICE_GARDEN,
                        "Asha Rao",
                        LINES,
                        TOTALS,
                        PaymentMethod.CARD,
                        ASHA_HOME,
                        "Ring twice, the bell is faint"),
                new OrderAccepted(
                        eventId("OrderAccepted"),
                        ACCEPTED_AT,
                        ORDER,
                        3,
                        ASHA,
                        SPICE_GARDEN,
                        "Spice Garden",
                        SPICE_GARDEN_ADDRESS,
                        "Asha Rao",
                        "+919812345678",
                        ASHA_HOME,
                        "Ring twice, the bell is faint",
                        20,
                        READY_AT,
                        HANDOFF_CODE,
                        PaymentMethod.CARD,
                        TOTAL,
                        inr(0),
                        3),
                new OrderPreparing(
                        eventId("OrderPreparing"), ACCEPTED_AT.plusSeconds(60), ORDER, 4, ASHA, SPICE_GARDEN, READY_AT),
                new OrderReadyForPickup(eventId("OrderReadyForPickup"), READY_AT, ORDER, 5, ASHA, SPICE_GARDEN),
                new OrderPickedUp(
                        eventId("OrderPickedUp"),
                        READY_AT.plusSeconds(120),
                        ORDER,
                        6,
                        ASHA,
                        SPICE_GARDEN,
                        RAVI,
                        DELIVERED_AT),
                new OrderDelivered(
                        eventId("OrderDelivered"),
                        DELIVERED_AT,
                        ORDER,
                        7,
                        ASHA,
                        SPICE_GARDEN,
                        RAVI,
                        PaymentMethod.CARD,
                        TOTAL),
                new OrderCancelled(
                        eventId("OrderCancelled"),
                        ACCEPTED_AT.plusSeconds(300),
                        ORDER,
                        5,
                        ASHA,
                        SPICE_GARDEN,
                        OrderCancelled.Status.PREPARING,
                        OrderCancelled.CancelledBy.ADMIN,
                        OPS_ADMIN,
                        OrderCancelled.Reason.RESTAURANT_ISSUE,
                        "Oven broke down; customer keeps the starter",
                        PaymentMethod.CARD,
                        TOTAL,
                        OrderCancelled.Refund.partial(inr(100_000))),
                new OrderRejected(
                        eventId("OrderRejected"),
                        ACCEPTED_AT,
                        ORDER,
                        3,
                        ASHA,
                        SPICE_GARDEN,
                        TicketRejected.Reason.ITEM_UNAVAILABLE,
                        "Out of fior di latte tonight",
                        PaymentMethod.CARD,
                        TOTAL),
                // payments
                new PaymentAuthorized(
                        eventId("PaymentAuthorized"),
                        PLACED_AT,
                        ORDER,
                        2,
                        PAYMENT,
                        ASHA,
                        PaymentMethod.CARD,
                        TOTAL,
                        TOTALS.walletAmount()),
                new PaymentFailed(
                        eventId("PaymentFailed"),
                        PLACED_AT,
                        ORDER,
                        2,
                        PAYMENT,
                        ASHA,
                        PaymentMethod.CARD,
                        TOTAL,
                        PaymentFailed.Reason.CARD_DECLINED,
                        "insufficient_funds"),
                new PaymentCaptured(
                        eventId("PaymentCaptured"),
                        ACCEPTED_AT.plusSeconds(2),
                        ORDER,
                        3,
                        PAYMENT,
                        ASHA,
                        PaymentMethod.CARD,
                        TOTAL,
                        TOTALS.walletAmount()),
                new PaymentVoided(
                        eventId("PaymentVoided"),
                        ACCEPTED_AT.plusSeconds(2),
                        ORDER,
                        3,
                        PAYMENT,
                        ASHA,
                        PaymentMethod.CARD,
                        TOTAL,
                        TOTALS.walletAmount()),
                new RefundSucceeded(
                        eventId("RefundSucceeded"),
                        DELIVERED_AT.plus(Duration.ofHours(2)),
                        ORDER,
                        4,
                        PAYMENT,
                        ASHA,
                        REFUND,
                        RefundReason.SUPPORT_CASE,
                        inr(27_500),
                        inr(27_500),
                        "support-case:cold-paneer"),
                new RefundFailed(
                        eventId("RefundFailed"),
                        DELIVERED_AT.plus(Duration.ofHours(2)),
                        ORDER,
                        4,
                        PAYMENT,
                        ASHA,
                        REFUND,
                        RefundReason.SUPPORT_CASE,
                        inr(27_500),
                        "support-case:cold-paneer",
                        "charge_expired_for_refund"),
                // deliveries
                new DeliveryRequested(
                        eventId("DeliveryRequested"),
                        ACCEPTED_AT.plusSeconds(1),
                        ORDER,
                        1,
                        DELIVERY,
                        SPICE_GARDEN,
                        ASHA,
                        SPICE_GARDEN_ADDRESS.location(),
                        ASHA_HOME.location(),
                        READY_AT,
                        5_120),
                new DeliveryOffered(
                        eventId("DeliveryOffered"),
                        ACCEPTED_AT.plusSeconds(5),
                        ORDER,
                        2,
                        DELIVERY,
                        OFFER,
                        RAVI,
                        ACCEPTED_AT.plusSeconds(35),
                        SPICE_GARDEN,
                        "Spice Garden",
                        SPICE_GARDEN_ADDRESS.location(),
                        ASHA_HOME.location(),
                        1_400,
                        5_120,
                        inr(0)),
                new OfferDeclined(
                        eventId("OfferDeclined"),
                        ACCEPTED_AT.plusSeconds(15),
                        ORDER,
                        3,
                        DELIVERY,
                        OFFER,
                        RAVI,
                        "Heading home"),
                new OfferExpired(eventId("OfferExpired"), ACCEPTED_AT.plusSeconds(35), ORDER, 3, DELIVERY, OFFER, RAVI),
                new RiderAssigned(
                        eventId("RiderAssigned"),
                        ACCEPTED_AT.plusSeconds(20),
                        ORDER,
                        3,
                        DELIVERY,
                        RAVI,
                        "Ravi Kumar",
                        SPICE_GARDEN,
                        ASHA,
                        READY_AT,
                        DELIVERED_AT),
                new RiderArrivedAtRestaurant(
                        eventId("RiderArrivedAtRestaurant"),
                        READY_AT.minusSeconds(60),
                        ORDER,
                        4,
                        DELIVERY,
                        RAVI,
                        SPICE_GARDEN,
                        ASHA),
                new DeliveryPickedUp(
                        eventId("DeliveryPickedUp"),
                        READY_AT.plusSeconds(120),
                        ORDER,
                        5,
                        DELIVERY,
                        RAVI,
                        SPICE_GARDEN,
                        ASHA,
                        DELIVERED_AT),
                new DeliveryCompleted(
                        eventId("DeliveryCompleted"),
                        DELIVERED_AT,
                        ORDER,
                        6,
                        DELIVERY,
                        RAVI,
                        SPICE_GARDEN,
                        ASHA,
                        5_480,
                        inr(0)),
                new DeliveryCancelled(
                        eventId("DeliveryCancelled"),
                        ACCEPTED_AT.plusSeconds(301),
                        ORDER,
                        4,
                        DELIVERY,
                        RAVI,
                        SPICE_GARDEN,
                        ASHA,
                        DeliveryCancelled.Reason.ORDER_CANCELLED),
                new HandoffFailed(
                        eventId("HandoffFailed"),
                        DELIVERED_AT,
                        ORDER,
                        6,
                        DELIVERY,
                        RAVI,
                        SPICE_GARDEN,
                        ASHA,
                        HandoffFailed.Reason.CODE_ATTEMPTS_EXCEEDED,
                        3),
                new DeliveryUnassignable(
                        eventId("DeliveryUnassignable"),
                        ACCEPTED_AT.plus(Duration.ofMinutes(10)),
                        ORDER,
                        9,
                        DELIVERY,
                        SPICE_GARDEN,
                        ASHA,
                        ACCEPTED_AT.plusSeconds(1),
                        6),
                // riders
                new RiderWentOnline(
                        eventId("RiderWentOnline"),
                        CHECKED_OUT_AT.minus(Duration.ofHours(2)),
                        RAVI,
                        41,
                        new GeoPoint(12.9401, 77.6190)),
                new RiderWentOffline(
                        eventId("RiderWentOffline"),
                        DELIVERED_AT.plus(Duration.ofHours(3)),
                        RAVI,
                        42,
                        RiderWentOffline.Reason.RIDER_REQUEST),
                // rider locations
                new RiderLocationUpdated(
                        eventId("RiderLocationUpdated"),
                        READY_AT.plusSeconds(300),
                        ORDER,
                        57,
                        DELIVERY,
                        RAVI,
                        new GeoPoint(12.9561, 77.6322),
                        37.5,
                        8.3,
                        DELIVERED_AT));
    }

    /** The samples by record class. */
    static Map<Class<?>, PlatterEvent> byClass() {
        return all().stream().collect(Collectors.toMap(Object::getClass, Function.identity()));
    }

    @SuppressWarnings("unchecked")
    static <T extends PlatterEvent> T sample(Class<T> type) {
        PlatterEvent sample = byClass().get(type);
        if (sample == null) {
            throw new IllegalArgumentException("No sample of " + type.getSimpleName() + " in EventSamples");
        }
        return (T) sample;
    }

    static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static UUID eventId(String type) {
        return uuid("event:" + type);
    }
}
