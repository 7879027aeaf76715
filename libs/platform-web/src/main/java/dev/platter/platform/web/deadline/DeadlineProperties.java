package dev.platter.platform.web.deadline;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How deadlines are polled.
 *
 * @param pollInterval how often due deadlines are looked for (the precision of every timeout)
 * @param batchSize at most this many deadlines are handled per poll
 * @param retryDelay a deadline whose handler failed fires again this much later (doubled per attempt, up to an hour)
 */
@ConfigurationProperties("platter.deadlines")
public record DeadlineProperties(Duration pollInterval, int batchSize, Duration retryDelay) {}
