package dev.platter.platform.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.platform.test.TestTokens;
import dev.platter.platform.web.ProbeIT;
import dev.platter.platform.web.probe.ProbeControls;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IdempotencyIT extends ProbeIT {

    private final String customer = TestTokens.forUser(UUID.randomUUID(), "CUSTOMER");

    @AfterEach
    void releaseHeldOrders() {
        ProbeControls.release();
    }

    private HttpResponse<String> order(String token, String key, String item) throws Exception {
        var request = authorized("/probe/orders", token)
                .header("Content-Type", "application/json")
                .POST(json(Map.of("item", item)));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return send(request);
    }

    @Test
    void replaysTheSameResponseForARepeatedIdempotencyKey() throws Exception {
        var key = UUID.randomUUID().toString();
        int before = ProbeControls.executions();

        var first = order(customer, key, "MARGHERITA_LARGE");
        var second = order(customer, key, "MARGHERITA_LARGE");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Content-Type"))
                .isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(second.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(ProbeControls.executions() - before).isEqualTo(1);
    }

    @Test
    void rejectsTheSameKeyWithADifferentBody() throws Exception {
        var key = UUID.randomUUID().toString();
        assertThat(order(customer, key, "MARGHERITA_LARGE").statusCode()).isEqualTo(201);

        var conflicting = order(customer, key, "PANEER_TIKKA");

        assertThat(conflicting.statusCode()).isEqualTo(422);
        assertThat(body(conflicting).get("type").asString())
                .isEqualTo("https://platter.dev/problems/idempotency-key-reused");
    }

    @Test
    void neverRunsAConcurrentDuplicate() throws Exception {
        var key = UUID.randomUUID().toString();
        int before = ProbeControls.executions();
        var gate = ProbeControls.holdNextOrder();
        var started = ProbeControls.orderStarted();

        var first = CompletableFuture.supplyAsync(() -> {
            try {
                return order(customer, key, "MASALA_DOSA");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

        var duplicate = order(customer, key, "MASALA_DOSA");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(body(duplicate).get("type").asString())
                .isEqualTo("https://platter.dev/problems/idempotency-in-progress");
        assertThat(duplicate.headers().firstValue("Retry-After")).isPresent();

        gate.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        var afterwards = order(customer, key, "MASALA_DOSA");
        assertThat(afterwards.body()).isEqualTo(first.get().body());
        assertThat(ProbeControls.executions() - before).isEqualTo(1);
    }

    @Test
    void requiresTheHeader() throws Exception {
        var response = order(customer, null, "MARGHERITA_LARGE");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
    }

    @Test
    void keepsKeysApartPerCaller() throws Exception {
        var key = UUID.randomUUID().toString();
        int before = ProbeControls.executions();
        var someoneElse = TestTokens.forUser(UUID.randomUUID(), "CUSTOMER");

        var mine = order(customer, key, "MARGHERITA_LARGE");
        var theirs = order(someoneElse, key, "MARGHERITA_LARGE");

        assertThat(mine.statusCode()).isEqualTo(201);
        assertThat(theirs.statusCode()).isEqualTo(201);
        assertThat(theirs.body()).isNotEqualTo(mine.body());
        assertThat(ProbeControls.executions() - before).isEqualTo(2);
    }

    @Test
    void runsAgainAfterAServerErrorInsteadOfReplayingIt() throws Exception {
        var key = UUID.randomUUID().toString();
        ProbeControls.failNextFlakyOrders(1);
        var request = authorized("/probe/flaky-orders", customer)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(json(Map.of("item", "BIRYANI")));

        assertThat(send(request).statusCode()).isEqualTo(500);
        var retried = send(request);

        assertThat(retried.statusCode()).isEqualTo(201);
        assertThat(retried.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(send(request).headers().firstValue("Idempotent-Replayed")).hasValue("true");
    }
}
