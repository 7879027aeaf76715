package dev.platter.restaurant.menu;

import dev.platter.restaurant.config.Amount;
import dev.platter.restaurant.config.PublicWebUrl;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An item as the owner describes it, when adding it and when changing it (the whole item each time). Option groups
 * and options keep their ids when the request names them, so carts that refer to them stay valid.
 */
public record ItemDetails(
        @NotBlank @Size(max = 120) String name,
        @Nullable @Size(max = 1000) String description,
        @NotNull @Valid Amount price,
        @NotNull Diet diet,
        @Nullable @Size(max = 14) Set<@NotNull Allergen> allergens,
        @Nullable @Size(max = 2048) @PublicWebUrl String imageUrl,
        @Nullable Boolean available,
        @Nullable @Size(max = 10) List<@NotNull @Valid OptionGroupDetails> optionGroups) {

    public Set<Allergen> allergensOrEmpty() {
        return allergens == null ? Set.of() : allergens;
    }

    public List<OptionGroupDetails> optionGroupsOrEmpty() {
        return optionGroups == null ? List.of() : optionGroups;
    }

    /** A choice on the item; {@code minSelections} 1 and {@code maxSelections} 1 make "pick exactly one". */
    public record OptionGroupDetails(
            @Nullable UUID id,
            @NotBlank @Size(max = 80) String name,
            @Min(0) @Max(30) int minSelections,
            @Min(1) @Max(30) int maxSelections,
            @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid OptionDetails> options) {

        @AssertTrue(message = "minSelections must not exceed maxSelections, nor maxSelections the number of options")
        boolean isSelectionRangeSound() {
            return options == null || minSelections <= maxSelections && maxSelections <= options.size();
        }
    }

    /** One option; the price delta may be negative (a smaller size) but never below -1,000,000 minor units. */
    public record OptionDetails(
            @Nullable UUID id,
            @NotBlank @Size(max = 80) String name,
            @NotNull @Valid Delta priceDelta,
            @Nullable Boolean available) {}

    /** A signed amount in the restaurant's currency. */
    public record Delta(
            @Min(-1_000_000) @Max(10_000_000) long amountMinor,
            @NotNull @Pattern(regexp = "[A-Z]{3}") String currency) {}
}
