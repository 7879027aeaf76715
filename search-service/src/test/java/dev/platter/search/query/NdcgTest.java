package dev.platter.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NdcgTest {

    @Test
    void theIdealOrderScoresOneAndMissingTheBestResultScoresLess() {
        var grades = Map.of("Biryani House", 3, "Spice Garden", 2);
        assertThat(RelevanceIT.ndcg(List.of("Biryani House", "Spice Garden"), grades))
                .isEqualTo(1.0);
        assertThat(RelevanceIT.ndcg(List.of("Spice Garden", "Biryani House"), grades))
                .isCloseTo(0.8, within(0.05));
        assertThat(RelevanceIT.ndcg(List.of("Burger Barn"), grades)).isZero();
        assertThat(RelevanceIT.ndcg(List.of("Burger Barn", "Biryani House", "Spice Garden"), grades))
                .isLessThan(RelevanceIT.ndcg(List.of("Biryani House", "Burger Barn", "Spice Garden"), grades));
    }
}
