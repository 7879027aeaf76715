package dev.platter.restaurant.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * restaurant-service's settings.
 *
 * @param acceptanceWindow how long a ticket waits for acceptance before it is rejected with reason TIMEOUT
 * @param maxDeliveryRadiusMetres the largest delivery radius a restaurant may set (and the search box of "near me")
 * @param menuCacheTtl how long a cached menu lives in Redis without being read again
 * @param menuLoadWait how long a request that missed the cache waits for another request's load before loading itself
 */
@ConfigurationProperties("platter.restaurants")
public record RestaurantProperties(
        Duration acceptanceWindow, int maxDeliveryRadiusMetres, Duration menuCacheTtl, Duration menuLoadWait) {}
