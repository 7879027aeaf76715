package dev.platter.stripesandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

    private static final String CREATE = "POST /v1/payment_intents\namount=34950&currency=inr";
    private static final byte[] BODY = "{\"id\":\"pi_1\"}".getBytes();

    private MutableClock clock = new MutableClock(Instant.parse("2026-12-02T12:00:00Z"));
    private IdempotencyKeys keys = new IdempotencyKeys(clock);

    @Test
    void theFirstUseExecutesAndTheNextReplaysWhatWasSaved() {
        assertThat(keys.begin("k", CREATE)).isInstanceOf(IdempotencyKeys.Execute.class);
        keys.complete("k", CREATE, 200, BODY, "req_1");

        var replay = (IdempotencyKeys.Replay) keys.begin("k", CREATE);
        assertThat(replay.saved().body()).isEqualTo(BODY);
        assertThat(replay.saved().requestId()).isEqualTo("req_1");
    }

    @Test
    void otherParametersAreAMismatch() {
        keys.begin("k", CREATE);
        keys.complete("k", CREATE, 200, BODY, "req_1");

        assertThat(keys.begin("k", CREATE + "&capture_method=manual")).isInstanceOf(IdempotencyKeys.Mismatch.class);
    }

    @Test
    void aKeyInUseIsInProgressUntilItsRequestEnds() {
        keys.begin("k", CREATE);

        assertThat(keys.begin("k", CREATE)).isInstanceOf(IdempotencyKeys.InProgress.class);
        keys.release("k");
        assertThat(keys.begin("k", CREATE)).isInstanceOf(IdempotencyKeys.Execute.class);
    }

    @Test
    void keysAreForgottenAfterADay() {
        keys.begin("k", CREATE);
        keys.complete("k", CREATE, 200, BODY, "req_1");

        clock.advance(IdempotencyKeys.KEPT.plusSeconds(1));

        assertThat(keys.begin("k", CREATE + "&other=1")).isInstanceOf(IdempotencyKeys.Execute.class);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
