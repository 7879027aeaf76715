package dev.platter.platform.web.idempotency;

import dev.platter.platform.web.config.PlatterProperties;
import dev.platter.platform.web.problem.ProblemType;
import dev.platter.platform.web.problem.ProblemWriter;
import dev.platter.platform.web.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} for the endpoints a service lists in {@link IdempotentEndpoints}. The first request with
 * a key runs and its response (status, headers, body) is stored; the same key with the same request replays it
 * (marked {@code Idempotent-Replayed: true}); the same key with a different request is 422; while the first is
 * still running, a duplicate gets 409 — never two executions. Keys are scoped to the authenticated caller.
 *
 * <p>What is stored: every final answer, success or client error, except 409 and 429 (the state or the rate may
 * change) and server errors, which release the key so a retry runs again. If a process dies mid-request, the key
 * stays locked for {@code platter.idempotency.in-progress-timeout}, then a retry takes it over.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    /** The request header. */
    public static final String HEADER = "Idempotency-Key";

    /** Set on a response that was replayed from the store. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    /** Request attribute holding the key, for handlers that also use it as a natural key. */
    public static final String KEY_ATTRIBUTE = IdempotencyFilter.class.getName() + ".key";

    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final Set<String> NOT_STORED_HEADERS =
            Set.of("x-request-id", "date", "transfer-encoding", "content-length", "connection", "keep-alive");

    private final IdempotentEndpoints endpoints;
    private final IdempotencyStore store;
    private final PlatterProperties.Idempotency settings;
    private final ProblemWriter problems;

    IdempotencyFilter(
            IdempotentEndpoints endpoints,
            IdempotencyStore store,
            PlatterProperties.Idempotency settings,
            ProblemWriter problems) {
        this.endpoints = endpoints;
        this.store = store;
        this.settings = settings;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !endpoints.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var key = request.getHeader(HEADER);
        if (key == null || !VALID_KEY.matcher(key).matches()) {
            var problem = Problems.of(
                    ProblemType.VALIDATION,
                    "This request needs an Idempotency-Key header of 1 to 255 visible characters",
                    request.getRequestURI());
            problem.setProperty("errors", List.of(Map.of("field", HEADER, "message", "is required")));
            problems.write(response, problem);
            return;
        }
        var body = request.getInputStream().readNBytes(settings.maxBodyBytes() + 1);
        if (body.length > settings.maxBodyBytes()) {
            problems.write(request, response, ProblemType.PAYLOAD_TOO_LARGE, "The request body is too large");
            return;
        }
        var scope = scope();
        var hash = hash(request, body);
        if (!store.claim(scope, key, hash, settings.inProgressTimeout())) {
            var existing = store.find(scope, key);
            if (existing.isEmpty()) {
                // Released between our insert and our read: the first execution failed; this one may run.
                if (!store.claim(scope, key, hash, settings.inProgressTimeout())) {
                    inProgress(request, response);
                    return;
                }
            } else if (!existing.get().requestHash().equals(hash)) {
                problems.write(
                        request,
                        response,
                        ProblemType.IDEMPOTENCY_MISMATCH,
                        "This Idempotency-Key was already used with a different request");
                return;
            } else if (existing.get().completed()) {
                replay(existing.get(), response);
                return;
            } else if (!(existing.get().lockExpired()
                    && store.takeOver(scope, key, hash, settings.inProgressTimeout()))) {
                inProgress(request, response);
                return;
            }
        }
        execute(new CachedBodyRequest(request, body), response, chain, scope, key);
    }

    private void execute(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, String scope, String key)
            throws IOException, ServletException {
        request.setAttribute(KEY_ATTRIBUTE, key);
        var recorded = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(request, recorded);
            int status = recorded.getStatus();
            if (status < 500 && status != 409 && status != 429) {
                store.complete(scope, key, status, headers(recorded), recorded.getContentAsByteArray());
                stored = true;
            }
        } finally {
            if (!stored) {
                store.release(scope, key);
            }
            recorded.copyBodyToResponse();
        }
    }

    private void inProgress(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "1");
        problems.write(
                request,
                response,
                ProblemType.IDEMPOTENCY_IN_PROGRESS,
                "A request with this Idempotency-Key is still being processed; retry shortly");
    }

    private static void replay(IdempotencyStore.Entry entry, HttpServletResponse response) throws IOException {
        response.setStatus(entry.status());
        entry.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setHeader(REPLAYED_HEADER, "true");
        if (entry.body() != null) {
            response.setContentLength(entry.body().length);
            response.getOutputStream().write(entry.body());
        }
    }

    private static Map<String, List<String>> headers(HttpServletResponse response) {
        var headers = new LinkedHashMap<String, List<String>>();
        for (var name : response.getHeaderNames()) {
            if (!NOT_STORED_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                headers.put(name, List.copyOf(response.getHeaders(name)));
            }
        }
        if (response.getContentType() != null) {
            headers.put("Content-Type", List.of(response.getContentType()));
        }
        return headers;
    }

    private static String scope() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "anonymous" : authentication.getName();
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + ' ' + request.getRequestURI() + '?' + request.getQueryString() + '\n')
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** The request with its body already read, so the handler can read it again. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("Synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
