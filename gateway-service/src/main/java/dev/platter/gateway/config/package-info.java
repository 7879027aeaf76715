/** How the gateway is configured: downstream services, limits, CORS, trusted proxies. */
@NullMarked
package dev.platter.gateway.config;

import org.jspecify.annotations.NullMarked;
