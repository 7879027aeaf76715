package dev.platter.platform.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.platform.test.TestTokens;
import dev.platter.platform.web.ProbeIT;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ProblemResponsesIT extends ProbeIT {

    @Test
    void rendersValidationErrorsWithEveryFieldAtFault() throws Exception {
        var response = send(asCustomer("/probe/commands")
                .header("Content-Type", "application/json")
                .POST(json(Map.of("name", "", "quantity", 0))));

        assertProblem(response, 400, "validation");
        var fields = body(response)
                .get("errors")
                .valueStream()
                .map(error -> error.get("field").asString())
                .toList();
        assertThat(fields).containsExactlyInAnyOrder("name", "quantity");
    }

    @Test
    void rendersMalformedJson() throws Exception {
        var response = send(asCustomer("/probe/commands")
                .header("Content-Type", "application/json")
                .POST(json("{\"name\": \"Margherita\", ")));

        assertProblem(response, 400, "malformed-request");
    }

    @Test
    void rejectsUnknownFieldsOnCommands() throws Exception {
        var response = send(asCustomer("/probe/commands")
                .header("Content-Type", "application/json")
                .POST(json(Map.of("name", "Margherita", "quantity", 1, "roles", new String[] {"ADMIN"}))));

        assertProblem(response, 400, "unknown-field");
        assertThat(body(response).get("errors").get(0).get("field").asString()).isEqualTo("roles");
    }

    @Test
    void rendersNotFoundForUnknownPathsAndMissingResources() throws Exception {
        assertProblem(send(asCustomer("/probe/nothing-here")), 404, "not-found");
        var missing = send(asCustomer("/probe/missing"));
        assertProblem(missing, 404, "not-found");
        assertThat(body(missing).get("detail").asString()).isEqualTo("No order 42 here");
    }

    @Test
    void rendersMethodNotAllowedWithTheAllowedMethods() throws Exception {
        var response = send(asCustomer("/probe/commands").DELETE());

        assertProblem(response, 405, "method-not-allowed");
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void rendersConflictsForIllegalTransitionsAndConcurrentUpdates() throws Exception {
        var transition = send(asCustomer("/probe/transition").POST(HttpRequest.BodyPublishers.noBody()));
        assertProblem(transition, 409, "illegal-transition");
        assertThat(body(transition).get("detail").asString()).isEqualTo("Order in state DELIVERED cannot be cancelled");

        assertProblem(send(asCustomer("/probe/optimistic")), 409, "conflict");
    }

    @Test
    void rendersPayloadTooLarge() throws Exception {
        var response = send(asCustomer("/probe/commands")
                .header("Content-Type", "application/json")
                .POST(json(Map.of("name", "x".repeat(5000), "quantity", 1))));

        assertProblem(response, 413, "payload-too-large");
    }

    @Test
    void refusesABodyOfUnknownLength() throws Exception {
        var response = send(asCustomer("/probe/commands")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream("{\"name\":\"x\",\"quantity\":1}".getBytes()))));

        assertProblem(response, 411, "length-required");
    }

    @Test
    void rendersUnsupportedMediaType() throws Exception {
        var response = send(asCustomer("/probe/commands")
                .header("Content-Type", "text/plain")
                .POST(json("name=Margherita")));

        assertProblem(response, 415, "unsupported-media-type");
    }

    @Test
    void rendersInternalErrorsWithoutLeakingAnythingAndLogsThemWithTheirIds(CapturedOutput output) throws Exception {
        var traceId = "0af7651916cd43dd8448eb211c80319c";
        var response = send(asCustomer("/probe/boom")
                .header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
                .header("X-Request-Id", "boom-7"));

        assertProblem(response, 500, "internal-error");
        assertThat(response.body())
                .doesNotContain("secret")
                .doesNotContain("jdbc")
                .doesNotContain("Exception");
        var logLine = output.getOut()
                .lines()
                .filter(line -> line.contains("Unhandled exception for GET /probe/boom"))
                .filter(line -> line.contains("boom-7"))
                .findFirst()
                .orElseThrow();
        var logged = JSON.readTree(logLine);
        assertThat(logged.get("traceId").asString()).isEqualTo(traceId);
        assertThat(logged.get("requestId").asString()).isEqualTo("boom-7");
        assertThat(logged.get("log").get("level").asString()).isEqualTo("ERROR");
    }

    @Test
    void rendersUnauthenticatedAndForbidden() throws Exception {
        var anonymous = send(request("/probe/me"));
        assertProblem(anonymous, 401, "unauthenticated");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));

        assertProblem(send(asCustomer("/probe/admin")), 403, "forbidden");
        assertThat(send(authorized("/probe/admin", TestTokens.forRoles("ADMIN")))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void givesEveryResponseARequestIdAndKeepsASaneOne() throws Exception {
        var generated = send(request("/actuator/health"));
        assertThat(generated.headers().firstValue("X-Request-Id")).isPresent();

        var kept = send(request("/actuator/health").header("X-Request-Id", "checkout-7f3a"));
        assertThat(kept.headers().firstValue("X-Request-Id")).hasValue("checkout-7f3a");

        var replaced = send(request("/actuator/health").header("X-Request-Id", "<script>"));
        assertThat(replaced.headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).isNotEqualTo("<script>"));
    }

    static void assertProblem(HttpResponse<String> response, int status, String kind) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        var problem = body(response);
        assertThat(problem.get("type").asString()).isEqualTo("https://platter.dev/problems/" + kind);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.has("instance")).isTrue();
    }
}
