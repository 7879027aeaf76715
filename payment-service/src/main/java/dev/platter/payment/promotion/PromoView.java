package dev.platter.payment.promotion;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A promo code as admins see it. */
public record PromoView(
        UUID id,
        String code,
        PromoKind kind,
        @Nullable Integer percentOff,
        @Nullable Long amountOffMinor,
        String currency,
        long minOrderMinor,
        @Nullable Long maxDiscountMinor,
        Instant validFrom,
        Instant validUntil,
        @Nullable Integer maxUses,
        @Nullable Long budgetMinor,
        int perCustomerLimit,
        boolean firstOrderOnly,
        @Nullable UUID restaurantId,
        boolean active,
        int usesReserved,
        long version) {

    static PromoView of(PromoCode promo) {
        return new PromoView(
                promo.id(),
                promo.code(),
                promo.kind(),
                promo.percentOff(),
                promo.amountOffMinor(),
                promo.currency(),
                promo.minOrderMinor(),
                promo.maxDiscountMinor(),
                promo.validFrom(),
                promo.validUntil(),
                promo.maxUses(),
                promo.budgetMinor(),
                promo.perCustomerLimit(),
                promo.firstOrderOnly(),
                promo.restaurantId(),
                promo.active(),
                promo.usesReserved(),
                promo.version());
    }
}
