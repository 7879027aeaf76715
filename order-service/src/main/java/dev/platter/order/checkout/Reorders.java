package dev.platter.order.checkout;

import dev.platter.order.cart.Cart;
import dev.platter.order.cart.CartService;
import dev.platter.order.cart.CartView;
import dev.platter.order.order.OrderQueries;
import dev.platter.platform.web.ids.Uuids;
import dev.platter.platform.web.problem.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** A past order's lines back into the cart (replacing what was there), at the restaurant's current prices. */
@Service
class Reorders {

    private final OrderQueries orders;
    private final CartService carts;

    Reorders(OrderQueries orders, CartService carts) {
        this.orders = orders;
        this.carts = carts;
    }

    CartView reorder(UUID customerId, UUID orderId) {
        var order =
                orders.ofCustomer(customerId, orderId).orElseThrow(() -> new NotFoundException("No order " + orderId));
        var lines = order.lines().stream()
                .map(line -> new Cart.CartLine(
                        Uuids.v7(),
                        line.menuItemId(),
                        line.quantity(),
                        line.options().stream().map(option -> option.optionId()).toList(),
                        line.note()))
                .toList();
        return carts.replaceWith(customerId, order.restaurantId(), lines);
    }
}
