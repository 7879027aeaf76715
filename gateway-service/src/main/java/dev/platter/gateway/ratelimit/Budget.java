package dev.platter.gateway.ratelimit;

import dev.platter.gateway.config.GatewayProperties.Limit;

/**
 * One budget a request counts against.
 *
 * @param name what is limited ({@code user}, {@code address}, {@code auth})
 * @param id whose budget (a user id or a client address)
 * @param limit how many requests per window
 */
public record Budget(String name, String id, Limit limit) {

    /** The counter's key (before the Redis prefix); the window length is part of it, so changing it starts afresh. */
    String key() {
        return name + ":" + limit.window().toSeconds() + ":" + id;
    }
}
