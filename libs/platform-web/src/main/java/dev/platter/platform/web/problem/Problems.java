package dev.platter.platform.web.problem;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds problem details the same way everywhere: servlet advice, security handlers, filters, the gateway. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(ProblemType type, @Nullable String detail, @Nullable String instance) {
        return of(type.status(), type.uri(), type.title(), detail, instance);
    }

    public static ProblemDetail of(
            HttpStatusCode status, URI type, String title, @Nullable String detail, @Nullable String instance) {
        var problem = ProblemDetail.forStatus(status);
        problem.setType(type);
        problem.setTitle(title);
        problem.setDetail(detail);
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        return problem;
    }
}
