package dev.platter.payment.loyalty;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The loyalty programme's rates.
 *
 * @param minorUnitsPerPoint how many minor units paid on a delivered order earn one point
 * @param pointValueMinor what one redeemed point is worth in wallet credit, in minor units
 * @param minRedeemPoints the fewest points one redemption takes
 */
@ConfigurationProperties("platter.payment.loyalty")
public record LoyaltyProperties(long minorUnitsPerPoint, long pointValueMinor, long minRedeemPoints) {

    /** Points earned for paying this much. */
    public long pointsFor(long paidMinor) {
        return paidMinor <= 0 ? 0 : paidMinor / minorUnitsPerPoint;
    }
}
