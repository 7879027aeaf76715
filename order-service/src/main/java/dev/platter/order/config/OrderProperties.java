package dev.platter.order.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * order-service's order settings.
 *
 * @param paymentWindow how long an order waits in PENDING_PAYMENT for its payment before it is cancelled as expired
 * @param defaultCountryCode the ISO 3166-1 country of saved addresses (user-service keeps none)
 */
@ConfigurationProperties("platter.orders")
public record OrderProperties(Duration paymentWindow, String defaultCountryCode) {}
