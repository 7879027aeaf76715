package dev.platter.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamTest {

    @Test
    void knowsWhichStreamEachReportedNameIs() {
        assertThat(Stream.owning("menu")).isEqualTo(Stream.MENU);
        assertThat(Stream.owning("menu (direct to restaurant-service)")).isEqualTo(Stream.MENU_DIRECT);
        assertThat(Stream.owning("checkout (cart to PLACED)")).isEqualTo(Stream.CHECKOUT);
        assertThat(Stream.owning("checkout: order status (poll)")).isEqualTo(Stream.CHECKOUT);
        assertThat(Stream.owning("dispatch: place order (cash)")).isEqualTo(Stream.DISPATCH);
        assertThat(Stream.owning("ping")).isEqualTo(Stream.PINGS);
        assertThat(Stream.owning("ping (keep-alive)")).isEqualTo(Stream.KEEP_ALIVE);
        assertThat(Stream.owning("cart update")).isEqualTo(Stream.CART);
        assertThat(Stream.owning("something else")).isNull();
    }

    @Test
    void holdsTheTargetsOfTheIssue() {
        assertThat(Stream.CHECKOUT.p99Target()).contains(300);
        assertThat(Stream.PINGS.p99Target()).contains(50);
        assertThat(Stream.MENU.p99Target()).contains(50);
        assertThat(Stream.SEARCH.p99Target()).contains(150);
        assertThat(Stream.DISPATCH.p99Target()).contains(1000);
        assertThat(Stream.CART.p99Target()).isEmpty();
    }
}
