package dev.platter.analytics.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * analytics-service's settings.
 *
 * @param maxRange the longest time range a figure (overview, rankings, riders) may cover
 * @param maxSeriesRange the longest time range of a per-minute series
 * @param attention when a restaurant needs attention: enough orders and a rejection or late rate at least this high
 */
@ConfigurationProperties("platter.analytics")
public record AnalyticsProperties(Duration maxRange, Duration maxSeriesRange, Attention attention) {

    /**
     * @param minOrders the fewest orders in the range for rates to mean something
     * @param rejectionRate rejected / placed at or above which a restaurant is listed
     * @param lateRate late / delivered with an ETA at or above which a restaurant is listed
     */
    public record Attention(int minOrders, double rejectionRate, double lateRate) {}
}
