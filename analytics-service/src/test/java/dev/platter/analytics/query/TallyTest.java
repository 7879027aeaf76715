package dev.platter.analytics.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TallyTest {

    private static Tally deliveriesOf(int... minutes) {
        var tally = Tally.empty();
        for (int minute : minutes) {
            tally.histogram[minute]++;
        }
        return tally;
    }

    @Test
    void takesTheNearestRankOfTheDeliveryTimes() {
        var tally = deliveriesOf(35, 45, 60);
        assertThat(tally.deliveryPercentile(0.5)).isEqualTo(45);
        assertThat(tally.deliveryPercentile(0.9)).isEqualTo(60);
        var two = deliveriesOf(35, 45);
        assertThat(two.deliveryPercentile(0.5)).isEqualTo(35);
        assertThat(two.deliveryPercentile(0.9)).isEqualTo(45);
    }

    @Test
    void hasNoPercentileWithoutDeliveries() {
        assertThat(Tally.empty().deliveryPercentile(0.5)).isNull();
    }

    @Test
    void addsSumsAndHistogramsBinByBin() {
        var tally = deliveriesOf(10, 20);
        tally.sums[0] = 2;
        var other = deliveriesOf(20, 30, 30, 30);
        other.sums[0] = 4;
        tally.add(other);
        assertThat(tally.get("orders")).isEqualTo(6);
        assertThat(tally.histogram[20]).isEqualTo(2);
        assertThat(tally.deliveryPercentile(0.5)).as("third of six").isEqualTo(20);
        assertThat(tally.deliveryPercentile(0.9)).as("sixth of six").isEqualTo(30);
        assertThat(tally.deliveryPercentile(0.1)).isEqualTo(10);
    }
}
