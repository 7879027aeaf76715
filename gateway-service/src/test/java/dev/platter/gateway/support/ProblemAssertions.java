package dev.platter.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/** What every problem the gateway answers looks like. */
public final class ProblemAssertions {

    private ProblemAssertions() {}

    public static void assertProblem(HttpResponse<String> response, int status, String kind) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"type\":\"https://platter.dev/problems/" + kind + "\"")
                .contains("\"status\":" + status)
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }
}
