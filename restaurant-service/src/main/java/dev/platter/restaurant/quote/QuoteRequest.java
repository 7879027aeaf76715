package dev.platter.restaurant.quote;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Cart lines (what, how many, which options) and where the food goes. Prices are never taken from the caller. */
public record QuoteRequest(
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Line> lines, @NotNull @Valid Point dropOff) {

    public record Line(
            @NotNull UUID menuItemId,
            @Min(1) @Max(50) int quantity,
            @Nullable @Size(max = 30) List<@NotNull UUID> optionIds) {

        public List<UUID> optionIdsOrEmpty() {
            return optionIds == null ? List.of() : optionIds;
        }
    }

    public record Point(
            @DecimalMin("-90") @DecimalMax("90") double lat, @DecimalMin("-180") @DecimalMax("180") double lon) {}
}
