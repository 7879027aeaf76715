package dev.platter.payment.provider;

import org.jspecify.annotations.Nullable;

/**
 * The provider answered and refused the call (invalid state, amount too large, a declined card): retrying the same
 * call gives the same answer.
 */
public class ProviderRefused extends RuntimeException {

    private final @Nullable String code;

    public ProviderRefused(String message, @Nullable String code, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public @Nullable String code() {
        return code;
    }
}
