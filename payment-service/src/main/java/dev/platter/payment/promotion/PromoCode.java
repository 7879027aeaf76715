package dev.platter.payment.promotion;

import dev.platter.payment.promotion.PromoProblem.Reason;
import dev.platter.platform.events.Money;
import dev.platter.platform.web.ids.Uuids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A promo code an admin made. It knows its own rules ({@link #discountFor}); how many uses are held is counted on its
 * row by conditional updates (never written back from here), so reservations race safely.
 */
@Entity
@Table(name = "promo_codes")
class PromoCode {

    @Id
    private UUID id;

    private String code;

    @Enumerated(EnumType.STRING)
    private PromoKind kind;

    private @Nullable Integer percentOff;

    private @Nullable Long amountOffMinor;

    private String currency;

    private long minOrderMinor;

    private @Nullable Long maxDiscountMinor;

    private Instant validFrom;

    private Instant validUntil;

    private @Nullable Integer maxUses;

    private @Nullable Long budgetMinor;

    private int perCustomerLimit;

    private boolean firstOrderOnly;

    private @Nullable UUID restaurantId;

    private boolean active;

    @Column(insertable = false, updatable = false)
    private int usesReserved;

    @Column(insertable = false, updatable = false)
    private long discountReservedMinor;

    private @Nullable UUID createdBy;

    private Instant createdAt;

    @Version
    private @Nullable Long version;

    protected PromoCode() {}

    PromoCode(PromoTerms terms, @Nullable UUID createdBy, Instant now) {
        terms.check();
        this.id = Uuids.v7(now.toEpochMilli());
        this.code = normalize(terms.code());
        this.kind = terms.kind();
        this.percentOff = terms.percentOff();
        this.amountOffMinor = terms.amountOffMinor();
        this.currency = terms.currency();
        this.minOrderMinor = terms.minOrderMinor();
        this.maxDiscountMinor = terms.maxDiscountMinor();
        this.validFrom = terms.validFrom();
        this.validUntil = terms.validUntil();
        this.maxUses = terms.maxUses();
        this.budgetMinor = terms.budgetMinor();
        this.perCustomerLimit = terms.perCustomerLimit();
        this.firstOrderOnly = terms.firstOrderOnly();
        this.restaurantId = terms.restaurantId();
        this.active = true;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    static String normalize(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The discount this code gives the cart now, or the reason it does not apply.
     *
     * @param customerUses the customer's uses held or confirmed, other orders only
     * @param firstOrder whether the customer has no other order with a live payment
     */
    Money discountFor(Cart cart, Instant now, int customerUses, boolean firstOrder) {
        if (!active) {
            throw new PromoProblem(Reason.INACTIVE, "Promo code " + code + " was deactivated");
        }
        if (now.isBefore(validFrom)) {
            throw new PromoProblem(Reason.NOT_STARTED, "Promo code " + code + " is valid from " + validFrom);
        }
        if (!now.isBefore(validUntil)) {
            throw new PromoProblem(Reason.EXPIRED, "Promo code " + code + " expired at " + validUntil);
        }
        if (!cart.itemsTotal().currency().equals(currency)) {
            throw new PromoProblem(Reason.WRONG_CURRENCY, "Promo code " + code + " is in " + currency);
        }
        if (restaurantId != null && !restaurantId.equals(cart.restaurantId())) {
            throw new PromoProblem(Reason.WRONG_RESTAURANT, "Promo code " + code + " is for another restaurant");
        }
        if (cart.itemsTotal().amountMinor() < minOrderMinor) {
            throw new PromoProblem(
                    Reason.MINIMUM_NOT_MET,
                    "Promo code " + code + " needs items worth at least " + minOrderMinor + " minor units of "
                            + currency);
        }
        if (firstOrderOnly && !firstOrder) {
            throw new PromoProblem(Reason.FIRST_ORDER_ONLY, "Promo code " + code + " is for a first order only");
        }
        if (customerUses >= perCustomerLimit) {
            throw new PromoProblem(
                    Reason.CUSTOMER_LIMIT_REACHED,
                    "Promo code " + code + " may be used " + perCustomerLimit + " time(s) per customer");
        }
        var discount = discountOn(cart.itemsTotal().amountMinor());
        if (maxUses != null && usesReserved >= maxUses
                || budgetMinor != null && discountReservedMinor + discount > budgetMinor) {
            throw new PromoProblem(Reason.USED_UP, "Promo code " + code + " has no uses left");
        }
        return Money.of(discount, currency);
    }

    private long discountOn(long itemsTotal) {
        long discount =
                switch (kind) {
                    case PERCENT -> itemsTotal * percentOff / 100;
                    case FLAT -> amountOffMinor;
                };
        if (maxDiscountMinor != null) {
            discount = Math.min(discount, maxDiscountMinor);
        }
        return Math.min(discount, itemsTotal);
    }

    void deactivate() {
        active = false;
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
    }

    PromoKind kind() {
        return kind;
    }

    @Nullable
    Integer percentOff() {
        return percentOff;
    }

    @Nullable
    Long amountOffMinor() {
        return amountOffMinor;
    }

    String currency() {
        return currency;
    }

    long minOrderMinor() {
        return minOrderMinor;
    }

    @Nullable
    Long maxDiscountMinor() {
        return maxDiscountMinor;
    }

    Instant validFrom() {
        return validFrom;
    }

    Instant validUntil() {
        return validUntil;
    }

    @Nullable
    Integer maxUses() {
        return maxUses;
    }

    @Nullable
    Long budgetMinor() {
        return budgetMinor;
    }

    int perCustomerLimit() {
        return perCustomerLimit;
    }

    boolean firstOrderOnly() {
        return firstOrderOnly;
    }

    @Nullable
    UUID restaurantId() {
        return restaurantId;
    }

    boolean active() {
        return active;
    }

    int usesReserved() {
        return usesReserved;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
