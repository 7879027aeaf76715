package dev.platter.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which address counts as the client's, with and without a trusted load balancer in front. */
class ClientAddressTest {

    @Test
    void believesNoForwardedHeaderWithoutTrustedProxies() {
        var resolver = new ClientAddress((String) null);

        assertThat(resolver.isTrusted("10.0.0.5")).isFalse();
    }

    @Test
    void takesTheRightMostAddressThatIsNotATrustedProxy() {
        var resolver = new ClientAddress("10\\..*");

        assertThat(resolver.rightMostUntrusted(List.of("6.6.6.6", "198.18.0.1", "10.0.0.9"), "10.0.0.5"))
                .as("the spoofed left-most entry is ignored")
                .isEqualTo("198.18.0.1");
        assertThat(resolver.rightMostUntrusted(List.of("10.0.0.9"), "10.0.0.5"))
                .as("only proxies: the peer")
                .isEqualTo("10.0.0.5");
        assertThat(resolver.rightMostUntrusted(List.of(), "10.0.0.5")).isEqualTo("10.0.0.5");
    }
}
