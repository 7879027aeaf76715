package dev.platter.user.token;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressTest {

    @Test
    void takesTheEntryTheGatewayAppended() {
        var request = new MockHttpServletRequest();
        request.addHeader("X-Forwarded-For", "1.2.3.4, 203.0.113.7");

        assertThat(ClientAddress.of(request)).isEqualTo("203.0.113.7");
    }

    @Test
    void fallsBackToTheRemoteAddress() {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr("192.0.2.10");

        assertThat(ClientAddress.of(request)).isEqualTo("192.0.2.10");
        request.addHeader("X-Forwarded-For", ",");
        assertThat(ClientAddress.of(request)).isEqualTo("192.0.2.10");
    }
}
