package dev.platter.search.config;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Elasticsearch is and how long to wait for it: short timeouts, so a search answers 503 rather than hangs when
 * it is down.
 *
 * @param indexPrefix put before every index and alias name (a test run's own, so runs never see each other's)
 */
@ConfigurationProperties("platter.elasticsearch")
public record ElasticsearchProperties(
        URI uri, String indexPrefix, Duration connectTimeout, Duration socketTimeout, int maxConnections) {}
