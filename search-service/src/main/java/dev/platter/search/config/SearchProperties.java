package dev.platter.search.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How search-service searches and keeps its index.
 *
 * @param factsTtl how long the distinct delivery radii and time zones of the index are kept for the filters
 * @param sweepInterval how often changes not yet in Elasticsearch are written again
 * @param riderMetresPerMinute rider speed for delivery-time estimates
 * @param deliveryTimeWindow how many nearest matches the delivery-time sort orders by estimate
 * @param exportPageSize page size when reading restaurant-service's export for a rebuild
 * @param retiredIndexGrace how long an index a rebuild replaced is kept, so searches already on it finish
 */
@ConfigurationProperties("platter.search")
public record SearchProperties(
        Duration factsTtl,
        Duration sweepInterval,
        int riderMetresPerMinute,
        int deliveryTimeWindow,
        int exportPageSize,
        Duration retiredIndexGrace) {}
