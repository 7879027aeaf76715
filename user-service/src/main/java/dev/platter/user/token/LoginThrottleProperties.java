package dev.platter.user.token;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Failed logins allowed per account and per client address within one window, before logins are refused with 429
 * until the window ends.
 */
@ConfigurationProperties("platter.users.login-throttle")
record LoginThrottleProperties(Duration window, int maxFailuresPerAccount, int maxFailuresPerAddress) {}
