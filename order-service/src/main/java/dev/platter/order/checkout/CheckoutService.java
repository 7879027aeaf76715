package dev.platter.order.checkout;

import dev.platter.order.cart.CartService;
import dev.platter.order.config.DependencyUnavailable;
import dev.platter.order.config.OrderProperties;
import dev.platter.order.order.NewOrder;
import dev.platter.order.order.Order;
import dev.platter.order.order.OrderLifecycle;
import dev.platter.order.order.OrderStatus;
import dev.platter.order.order.OrderView;
import dev.platter.order.restaurant.Quote;
import dev.platter.order.restaurant.RestaurantClient;
import dev.platter.platform.events.Address;
import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.events.order.LineItem;
import dev.platter.platform.web.ids.Uuids;
import dev.platter.platform.web.problem.IllegalTransition;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Checkout (ARCHITECTURE.md section 7): the cart priced by restaurant-service's quote (client prices never count),
 * every rule checked, the promo evaluated by payment-service, the breakdown frozen into a PENDING_PAYMENT order, then
 * the payment created (idempotent on the order id). A refusal cancels the order with the payment's reason; no answer
 * leaves it pending, and it expires: never a payment without an order.
 */
@Service
class CheckoutService {

    private final CartService carts;
    private final UserClient users;
    private final OrderProperties properties;
    private final RestaurantClient restaurants;
    private final PaymentClient payments;
    private final Pricing pricing;
    private final OrderLifecycle lifecycle;

    CheckoutService(
            CartService carts,
            UserClient users,
            OrderProperties properties,
            RestaurantClient restaurants,
            PaymentClient payments,
            Pricing pricing,
            OrderLifecycle lifecycle) {
        this.carts = carts;
        this.users = users;
        this.properties = properties;
        this.restaurants = restaurants;
        this.payments = payments;
        this.pricing = pricing;
        this.lifecycle = lifecycle;
    }

    /** What checkout needs beyond the cart. {@code walletAmountMinor}: the wallet part of a CARD or CASH order. */
    record Checkout(
            String customerName,
            @Nullable String customerPhone,
            Address deliveryAddress,
            @Nullable String deliveryInstructions,
            PaymentMethod paymentMethod,
            long walletAmountMinor,
            long tipMinor,
            @Nullable String promoCode) {}

    /** Where the food goes, and the words for the rider. */
    record Destination(Address address, @Nullable String instructions) {}

    /**
     * The customer's saved address from user-service (in the configured country: saved addresses carry none); its
     * own instructions unless checkout gave others.
     */
    Destination savedAddress(UUID customerId, UUID addressId, @Nullable String instructions) {
        var saved = users.address(customerId, addressId);
        return new Destination(
                new Address(
                        saved.line1(),
                        saved.line2(),
                        saved.city(),
                        saved.postcode(),
                        properties.defaultCountryCode(),
                        new GeoPoint(saved.lat(), saved.lon())),
                instructions != null ? instructions : saved.instructions());
    }

    /** The order as the customer sees it, and what the app needs to confirm the payment. */
    record Placed(OrderView order, PaymentClient.Payment payment) {}

    /**
     * Checks out the customer's cart; {@code key} is the request's Idempotency-Key. A retry after an answer that was
     * not kept for replay (payment-service unreachable) finds the order the first run created and asks for its
     * payment again (idempotent on the order id) rather than creating a second order.
     */
    Placed checkout(UUID customerId, String key, Checkout checkout) {
        var earlier = lifecycle.createdBy(customerId, key);
        if (earlier.isPresent()) {
            return pay(earlier.get());
        }
        var cart = carts.cart(customerId);
        if (cart.isEmpty()) {
            throw new CartQuotes.CartEmpty();
        }
        var restaurantId = Objects.requireNonNull(cart.restaurantId());
        var quote = restaurants.quote(
                restaurantId,
                cart.lines().stream()
                        .map(line -> new Quote.Line(line.menuItemId(), line.quantity(), line.optionIds()))
                        .toList(),
                checkout.deliveryAddress().location());
        refuseIfNotOrderable(quote);

        var orderId = Uuids.v7();
        var currency = quote.currency();
        var discount = Money.zero(currency);
        String promoCode = null;
        if (checkout.promoCode() != null) {
            var evaluation = payments.evaluate(new PaymentClient.EvaluateRequest(
                    checkout.promoCode(), customerId, restaurantId, quote.itemsTotal(), orderId));
            discount = evaluation.discount();
            promoCode = evaluation.code();
        }
        var walletWanted =
                checkout.paymentMethod() == PaymentMethod.WALLET ? Long.MAX_VALUE : checkout.walletAmountMinor();
        var totals = pricing.breakdown(
                quote.itemsTotal(),
                quote.restaurant().packagingCharge(),
                quote.restaurant().distanceMetres(),
                Money.of(checkout.tipMinor(), currency),
                discount,
                Money.of(walletWanted, currency),
                promoCode);

        var notes = cart.lines();
        var lines = java.util.stream.IntStream.range(0, quote.lines().size())
                .mapToObj(i -> withNote(quote, i, notes.get(i).note()))
                .toList();
        var facts = quote.restaurant();
        var order = lifecycle.create(
                new NewOrder(
                        orderId,
                        customerId,
                        checkout.customerName(),
                        checkout.customerPhone(),
                        restaurantId,
                        facts.ownerId(),
                        facts.name(),
                        facts.address(),
                        checkout.deliveryAddress(),
                        checkout.deliveryInstructions(),
                        lines,
                        totals,
                        checkout.paymentMethod()),
                key);
        return pay(order);
    }

    /** Asks payment-service for the order's payment, from its frozen breakdown; the cart goes once it is paid for. */
    private Placed pay(Order order) {
        if (order.status() == OrderStatus.CANCELLED) {
            // e.g. it expired while payment-service was unreachable: a new checkout needs a new key
            throw new IllegalTransition("Order " + order.id(), order.cancelReason(), "be paid for any more");
        }
        var totals = order.totals();
        PaymentClient.Payment payment;
        try {
            payment = payments.create(new PaymentClient.CreatePayment(
                    order.id(),
                    order.customerId(),
                    order.restaurantId(),
                    order.paymentMethod(),
                    totals.total(),
                    totals.walletAmount(),
                    totals.promoCode(),
                    totals.discount(),
                    totals.itemsTotal()));
        } catch (PaymentRefused refused) {
            lifecycle.paymentRefused(order.id(), refused.kind() + ": " + refused.getMessage());
            throw refused;
        } catch (DependencyUnavailable unreachable) {
            // the order stays PENDING_PAYMENT: a retry with the same key pays for it, or it expires
            throw unreachable;
        }
        carts.clear(order.customerId());
        return new Placed(OrderView.forCustomer(order), payment);
    }

    private static LineItem withNote(Quote quote, int index, @Nullable String note) {
        var line = quote.lines().get(index);
        return new LineItem(
                line.menuItemId(),
                Objects.requireNonNull(line.name()),
                line.quantity(),
                Objects.requireNonNull(line.unitPrice()),
                line.options().stream()
                        .map(option -> new LineItem.Option(
                                option.optionId(), option.groupName(), option.name(), option.priceDelta()))
                        .toList(),
                Objects.requireNonNull(line.lineTotal()),
                note);
    }

    private static void refuseIfNotOrderable(Quote quote) {
        var blockers = CartQuotes.blockers(quote);
        if (blockers.isEmpty()) {
            return;
        }
        var reason = CheckoutRejected.Reason.valueOf(blockers.get(0));
        var facts = quote.restaurant();
        var detail =
                switch (reason) {
                    case RESTAURANT_UNAVAILABLE -> facts.name() + " is not taking orders on Platter";
                    case RESTAURANT_CLOSED -> facts.name() + " is closed now";
                    case RESTAURANT_PAUSED -> facts.name() + " has paused taking orders";
                    case OUTSIDE_DELIVERY_RADIUS ->
                        "The address is " + facts.distanceMetres() + " m away; " + facts.name() + " delivers within "
                                + facts.deliveryRadiusMetres() + " m";
                    case LINE_UNAVAILABLE ->
                        quote.lines().stream()
                                .filter(line -> !line.available() && line.unavailable() != null)
                                .map(line -> line.unavailable().reason() + ": "
                                        + line.unavailable().detail())
                                .findFirst()
                                .orElse("An item cannot be ordered");
                    case BELOW_MINIMUM_ORDER ->
                        "The items come to " + quote.itemsTotal().amountMinor() + " "
                                + quote.currency() + "; the minimum order is "
                                + facts.minimumOrder().amountMinor() + " "
                                + facts.minimumOrder().currency();
                };
        throw new CheckoutRejected(reason, detail);
    }
}
