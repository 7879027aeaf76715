package dev.platter.platform.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageResponseTest {

    @Test
    void countsAPartialLastPage() {
        var page = PageResponse.of(List.of("masala dosa"), 2, 20, 41);

        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.items()).containsExactly("masala dosa");
    }

    @Test
    void anEmptyListHasNoPages() {
        assertThat(PageResponse.of(List.of(), 0, 20, 0).totalPages()).isZero();
    }

    @Test
    void mapsItsItemsAndKeepsItsCounts() {
        var page = PageResponse.of(List.of(1, 2), 0, 2, 5).map(n -> "item " + n);

        assertThat(page).isEqualTo(new PageResponse<>(List.of("item 1", "item 2"), 0, 2, 5, 3));
    }
}
