package dev.platter.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void readsNamedValuesFlagsAndWords() {
        var options = Options.parse("menu", "--rate=25", "--duration", "20s", "--knee", "--steps", "3");

        assertThat(options.words()).containsExactly("menu");
        assertThat(options.number("rate", 1)).isEqualTo(25.0);
        assertThat(options.duration("duration", Duration.ZERO)).isEqualTo(Duration.ofSeconds(20));
        assertThat(options.flag("knee")).isTrue();
        assertThat(options.integer("steps", 16)).isEqualTo(3);
        assertThat(options.string("missing", "fallback")).isEqualTo("fallback");
    }

    @Test
    void gathersTheRatesOfSingleStreams() {
        var options = Options.parse("mixed", "--rate.pings=500", "--rate.menu=80");

        assertThat(options.withPrefix("rate.")).containsEntry("pings", "500").containsEntry("menu", "80");
    }

    @Test
    void namesTheOptionsNothingRead() {
        var options = Options.parse("menu", "--rate=5", "--duraton=20s");
        options.number("rate");

        assertThat(options.unread()).containsExactly("duraton");
    }

    @Test
    void readsDurationsAsPeopleWriteThem() {
        assertThat(Options.duration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Options.duration("45s")).isEqualTo(Duration.ofSeconds(45));
        assertThat(Options.duration("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(Options.duration("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(Options.duration("PT90S")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Options.duration("30")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Options.format(Duration.ofSeconds(600))).isEqualTo("10m");
        assertThat(Options.format(Duration.ofSeconds(75))).isEqualTo("75s");
    }
}
