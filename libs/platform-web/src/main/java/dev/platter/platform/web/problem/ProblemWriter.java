package dev.platter.platform.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem straight to the servlet response, for the places that answer before a controller runs: the
 * security filter chain (401, 403), request filters (413, 422, 409) and the error page.
 */
public class ProblemWriter {

    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail)
            throws IOException {
        write(response, Problems.of(type, detail, request.getRequestURI()));
    }

    /** 401 for a missing, invalid, expired or refused token; says nothing about why beyond the header. */
    public AuthenticationEntryPoint authenticationEntryPoint() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", bearerChallenge(e));
            write(request, response, ProblemType.UNAUTHENTICATED, "A valid access token is required");
        };
    }

    /** 403 for a valid token whose roles do not allow the request. */
    public AccessDeniedHandler accessDeniedHandler() {
        return (request, response, e) ->
                write(request, response, ProblemType.FORBIDDEN, "Your role does not allow this");
    }

    private static String bearerChallenge(AuthenticationException e) {
        return e.getMessage() != null && e.getMessage().contains("token") ? "Bearer error=\"invalid_token\"" : "Bearer";
    }
}
