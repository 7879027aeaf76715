package dev.platter.payment.promotion;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an admin sets when creating a code.
 *
 * @param maxUses the total budget in uses (null: unlimited)
 * @param budgetMinor the total budget in discount money (null: unlimited)
 */
public record PromoTerms(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{3,32}") String code,
        @NotNull PromoKind kind,
        @Nullable @Min(1) @Max(100) Integer percentOff,
        @Nullable @Positive Long amountOffMinor,
        @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
        @PositiveOrZero long minOrderMinor,
        @Nullable @Positive Long maxDiscountMinor,
        @NotNull Instant validFrom,
        @NotNull Instant validUntil,
        @Nullable @Positive Integer maxUses,
        @Nullable @Positive Long budgetMinor,
        @Min(1) @Max(1000) int perCustomerLimit,
        boolean firstOrderOnly,
        @Nullable UUID restaurantId) {

    void check() {
        if (!validUntil.isAfter(validFrom)) {
            throw new InvalidPromoTerms("validUntil must be after validFrom");
        }
        if (kind == PromoKind.PERCENT && (percentOff == null || amountOffMinor != null)) {
            throw new InvalidPromoTerms("A PERCENT code has percentOff and no amountOffMinor");
        }
        if (kind == PromoKind.FLAT && (amountOffMinor == null || percentOff != null)) {
            throw new InvalidPromoTerms("A FLAT code has amountOffMinor and no percentOff");
        }
    }

    /** Terms that contradict each other. */
    static class InvalidPromoTerms extends dev.platter.platform.web.problem.PlatterException {

        InvalidPromoTerms(String detail) {
            super(detail);
        }

        @Override
        public org.springframework.http.HttpStatus status() {
            return org.springframework.http.HttpStatus.BAD_REQUEST;
        }

        @Override
        public String kind() {
            return "invalid-promo-terms";
        }

        @Override
        public String title() {
            return "The promo code's terms are inconsistent";
        }
    }
}
