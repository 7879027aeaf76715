package dev.platter.order.cart;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param ttl how long a cart lives in Redis after its last change
 * @param maxLines the most lines a cart holds
 */
@ConfigurationProperties("platter.cart")
record CartProperties(Duration ttl, int maxLines) {}
