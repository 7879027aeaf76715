package dev.platter.user.token;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from, for throttling. Behind the gateway that is the entry the gateway appended to
 * {@code X-Forwarded-For} (its first hop, the client it saw): the last entry. Entries before it were written by the
 * client and could be forged. Without the header (a direct call), the connection's remote address.
 */
final class ClientAddress {

    private static final int MAX_LENGTH = 64;

    private ClientAddress() {}

    static String of(HttpServletRequest request) {
        var forwarded = request.getHeader("X-Forwarded-For");
        var hops = forwarded == null ? new String[0] : forwarded.split(",");
        if (hops.length > 0) {
            var gatewaySaw = hops[hops.length - 1].strip();
            if (!gatewaySaw.isEmpty() && gatewaySaw.length() <= MAX_LENGTH) {
                return gatewaySaw;
            }
        }
        return request.getRemoteAddr();
    }
}
