package dev.platter.platform.web.request;

import dev.platter.platform.web.problem.ProblemType;
import dev.platter.platform.web.problem.ProblemWriter;
import dev.platter.platform.web.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above the configured size with a 413 problem before anything reads them, and bodies of
 * unknown length (chunked) with 411, so no body can grow past the limit while it is read.
 */
public class RequestSizeFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final ProblemWriter problems;

    public RequestSizeFilter(long maxBytes, ProblemWriter problems) {
        this.maxBytes = maxBytes;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > maxBytes) {
            problems.write(
                    request,
                    response,
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body is larger than " + maxBytes + " bytes");
            return;
        }
        if (length < 0 && isChunked(request)) {
            problems.write(
                    response,
                    Problems.of(
                            HttpStatus.LENGTH_REQUIRED,
                            ProblemType.uri("length-required"),
                            "Length required",
                            "A request body must declare its Content-Length",
                            request.getRequestURI()));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isChunked(HttpServletRequest request) {
        var encoding = request.getHeader("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }
}
