package dev.platter.restaurant.quote;

import dev.platter.platform.events.Address;
import dev.platter.platform.events.Money;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the restaurant answers for a cart: every line priced from its own menu and flagged, and the facts order-service
 * decides with (open, paused, radius, minimum order).
 *
 * @param itemsTotal the sum of the available lines
 * @param allAvailable whether every line can be ordered as asked
 * @param menuVersion the menu version the prices come from
 */
public record Quote(
        UUID restaurantId,
        String currency,
        long menuVersion,
        List<QuotedLine> lines,
        Money itemsTotal,
        boolean allAvailable,
        Facts restaurant) {

    /**
     * One cart line as priced here.
     *
     * @param name the item's name, absent when the item is unknown
     * @param unitPrice the item's base price, absent when the item is unknown
     * @param lineTotal (unit price + option deltas) x quantity, absent when the item is unknown
     * @param unavailable why it cannot be ordered; absent when it can
     */
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

    /** Why a line cannot be ordered, and the words to show. */
    public record Unavailable(Reason reason, String detail) {}

    /** The kinds of unavailability. */
    public enum Reason {
        /** No such item on this restaurant's menu. */
        ITEM_UNKNOWN,
        /** Sold out today or taken off the menu. */
        ITEM_SOLD_OUT,
        /** An option that is not one of this item's. */
        OPTION_UNKNOWN,
        /** An option that ran out. */
        OPTION_SOLD_OUT,
        /** Too few or too many options of a group, or one chosen twice. */
        OPTION_RULE_BROKEN
    }

    /**
     * The restaurant's facts at quote time.
     *
     * @param openNow by its opening hours, in its time zone
     * @param paused whether the owner paused taking orders
     * @param published whether customers may order from it at all
     * @param distanceMetres from the restaurant to the drop-off, great-circle
     * @param withinRadius whether the drop-off lies within its delivery radius
     * @param minimumOrderMet whether the items total reaches the minimum order
     */
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
}
