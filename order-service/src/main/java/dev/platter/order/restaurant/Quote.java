package dev.platter.order.restaurant;

import dev.platter.platform.events.Address;
import dev.platter.platform.events.Money;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * restaurant-service's answer for cart lines and a drop-off point (its {@code POST /internal/restaurants/{id}/quote}):
 * every line priced from its own menu and flagged, and the restaurant's facts.
 */
public record Quote(
        UUID restaurantId,
        String currency,
        long menuVersion,
        List<QuotedLine> lines,
        Money itemsTotal,
        boolean allAvailable,
        Facts restaurant) {

    /** One line as priced there; name and prices are absent when the item is unknown. */
    public record QuotedLine(
            UUID menuItemId,
            @Nullable String name,
            int quantity,
            @Nullable Money unitPrice,
            List<QuotedOption> options,
            @Nullable Money lineTotal,
            boolean available,
            @Nullable Unavailable unavailable) {}

    public record QuotedOption(UUID optionId, String groupName, String name, Money priceDelta) {}

    /** Why a line cannot be ordered (ITEM_UNKNOWN, ITEM_SOLD_OUT, OPTION_UNKNOWN, OPTION_SOLD_OUT, ...). */
    public record Unavailable(String reason, String detail) {}

    /** The restaurant's facts at quote time. */
    public record Facts(
            String name,
            UUID ownerId,
            Address address,
            String zoneId,
            boolean published,
            boolean openNow,
            boolean paused,
            long distanceMetres,
            int deliveryRadiusMetres,
            boolean withinRadius,
            Money minimumOrder,
            boolean minimumOrderMet,
            Money packagingCharge,
            int averagePrepMinutes,
            String currency) {}

    /** What to quote: an item, how many, which options. */
    public record Line(UUID menuItemId, int quantity, List<UUID> optionIds) {}
}
