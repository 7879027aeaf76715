package dev.platter.search.catalogue;

import dev.platter.platform.events.restaurant.MenuChanged;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A dish of a restaurant's menu as search needs it.
 *
 * @param tags the dietary tags, lower case ({@code vegetarian}, {@code spicy}, ...)
 */
public record Dish(
        UUID id,
        String name,
        @Nullable String description,
        String category,
        long priceMinor,
        boolean available,
        boolean veg,
        boolean vegan,
        List<String> tags,
        @Nullable String imageUrl) {

    public Dish {
        tags = List.copyOf(tags);
    }

    static Dish of(String category, MenuChanged.Item item) {
        return of(
                item.menuItemId(),
                item.name(),
                item.description(),
                category,
                item.price().amountMinor(),
                item.available(),
                item.dietaryTags().stream().map(Enum::name).toList(),
                item.imageUrl());
    }

    /** A dish from its published facts; {@code dietaryTags} as the contract names them ({@code VEGETARIAN}, ...). */
    public static Dish of(
            UUID id,
            String name,
            @Nullable String description,
            String category,
            long priceMinor,
            boolean available,
            List<String> dietaryTags,
            @Nullable String imageUrl) {
        var tags = dietaryTags.stream().map(tag -> tag.toLowerCase(Locale.ROOT)).toList();
        return new Dish(
                id,
                name,
                description,
                category,
                priceMinor,
                available,
                tags.contains("vegetarian") || tags.contains("vegan"),
                tags.contains("vegan"),
                tags,
                imageUrl);
    }
}
