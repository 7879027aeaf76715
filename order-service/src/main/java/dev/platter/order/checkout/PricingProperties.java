package dev.platter.order.checkout;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How an order is priced beyond its items; amounts are minor units of the restaurant's currency.
 *
 * @param baseDeliveryFeeMinor the delivery fee up to {@code baseDistanceMetres}
 * @param baseDistanceMetres the distance the base fee covers
 * @param perKmFeeMinor added for every started kilometre beyond it
 * @param taxBasisPoints tax on items and packaging, in hundredths of a percent (500 = 5%), rounded half up
 */
@ConfigurationProperties("platter.pricing")
record PricingProperties(long baseDeliveryFeeMinor, int baseDistanceMetres, long perKmFeeMinor, int taxBasisPoints) {

    PricingProperties {
        if (baseDeliveryFeeMinor < 0 || baseDistanceMetres < 0 || perKmFeeMinor < 0 || taxBasisPoints < 0) {
            throw new IllegalArgumentException("Pricing settings cannot be negative");
        }
    }
}
