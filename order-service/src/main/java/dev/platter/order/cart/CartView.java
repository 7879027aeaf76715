package dev.platter.order.cart;

import dev.platter.order.restaurant.Quote;
import dev.platter.platform.events.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The cart as the customer sees it: every line at the restaurant's current price, flagged when it can no longer be
 * ordered as it is, and the restaurant's facts that decide whether it can be checked out.
 *
 * @param itemsTotal the sum of the available lines
 */
public record CartView(
        @Nullable UUID restaurantId,
        @Nullable String currency,
        List<Line> lines,
        @Nullable Money itemsTotal,
        boolean allAvailable,
        @Nullable Restaurant restaurant,
        Instant updatedAt) {

    public record Line(
            UUID lineId,
            UUID menuItemId,
            @Nullable String name,
            int quantity,
            List<Quote.QuotedOption> options,
            @Nullable Money unitPrice,
            @Nullable Money lineTotal,
            @Nullable String note,
            boolean available,
            Quote.@Nullable Unavailable unavailable) {}

    /** Whether the restaurant takes orders now, and what it asks of an order. */
    public record Restaurant(
            String name,
            boolean published,
            boolean openNow,
            boolean paused,
            Money minimumOrder,
            boolean minimumOrderMet,
            Money packagingCharge) {}

    static CartView empty(Cart cart) {
        return new CartView(null, null, List.of(), null, true, null, cart.updatedAt());
    }

    public static CartView of(Cart cart, Quote quote) {
        var lines = new ArrayList<Line>();
        for (int i = 0; i < cart.lines().size(); i++) {
            var line = cart.lines().get(i);
            var priced = quote.lines().get(i);
            lines.add(new Line(
                    line.lineId(),
                    line.menuItemId(),
                    priced.name(),
                    line.quantity(),
                    priced.options(),
                    priced.unitPrice(),
                    priced.lineTotal(),
                    line.note(),
                    priced.available(),
                    priced.unavailable()));
        }
        var facts = quote.restaurant();
        return new CartView(
                cart.restaurantId(),
                quote.currency(),
                lines,
                quote.itemsTotal(),
                quote.allAvailable(),
                new Restaurant(
                        facts.name(),
                        facts.published(),
                        facts.openNow(),
                        facts.paused(),
                        facts.minimumOrder(),
                        facts.minimumOrderMet(),
                        facts.packagingCharge()),
                cart.updatedAt());
    }
}
