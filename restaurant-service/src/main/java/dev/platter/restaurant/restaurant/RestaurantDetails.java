package dev.platter.restaurant.restaurant;

import dev.platter.restaurant.config.Amount;
import dev.platter.restaurant.config.PublicWebUrl;
import dev.platter.restaurant.config.TimeZoneId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What an owner says about a restaurant, when creating it and when changing it (the whole profile each time). */
public record RestaurantDetails(
        @NotBlank @Size(max = 120) String name,
        @Nullable @Size(max = 2000) String description,
        @NotNull @Size(min = 1, max = 10) List<@NotBlank @Size(max = 40) String> cuisines,
        @NotNull @Valid Location address,
        @NotNull @Pattern(regexp = "\\+?[0-9 ()-]{6,20}") String phone,
        @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
        @NotNull @TimeZoneId String zoneId,
        @Min(100) @Max(50_000) int deliveryRadiusMetres,
        @NotNull @Valid Amount minimumOrder,
        @NotNull @Valid Amount packagingCharge,
        @Min(1) @Max(180) int averagePrepMinutes,
        @Nullable @Size(max = 10) List<@NotNull @Size(max = 2048) @PublicWebUrl String> imageUrls,
        @NotNull @Size(max = 70) List<@NotNull @Valid OpeningPeriod> openingHours,
        @Nullable @Size(max = 366) List<@NotNull LocalDate> holidays) {

    /** Where the restaurant is; riders come here. */
    public record Location(
            @NotBlank @Size(max = 200) String line1,
            @Nullable @Size(max = 200) String line2,
            @NotBlank @Size(max = 100) String city,
            @Nullable @Size(max = 20) String postalCode,
            @NotNull @Pattern(regexp = "[A-Z]{2}") String countryCode,
            @DecimalMin("-90") @DecimalMax("90") double lat,
            @DecimalMin("-180") @DecimalMax("180") double lon) {}

    public List<String> imageUrlsOrEmpty() {
        return imageUrls == null ? List.of() : imageUrls;
    }

    public List<LocalDate> holidaysOrEmpty() {
        return holidays == null ? List.of() : holidays;
    }

    @AssertTrue(message = "must be in the restaurant's currency")
    boolean isMinimumOrderInCurrency() {
        return minimumOrder == null || minimumOrder.currency().equals(currency);
    }

    @AssertTrue(message = "must be in the restaurant's currency")
    boolean isPackagingChargeInCurrency() {
        return packagingCharge == null || packagingCharge.currency().equals(currency);
    }
}
