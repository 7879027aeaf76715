package dev.platter.platform.web.request;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The request id every request carries in, and every response and log line carries out. */
public final class RequestIds {

    /** The header on requests and responses. */
    public static final String HEADER = "X-Request-Id";

    /** The MDC key (and so the JSON log field). */
    public static final String MDC_KEY = "requestId";

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {}

    /** The caller's id if it is a sane token, otherwise a fresh one (never echo arbitrary input into logs). */
    public static String accept(@Nullable String incoming) {
        return incoming != null && ACCEPTABLE.matcher(incoming).matches()
                ? incoming
                : UUID.randomUUID().toString();
    }
}
