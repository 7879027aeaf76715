package dev.platter.restaurant.restaurant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.restaurant.config.PublicWebUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicWebUrlTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://images.platter.dev/spice-garden.jpg",
                "http://cdn.example.com/a/b.png?size=large",
                "https://8.8.8.8/logo.png",
                "https://[2606:4700::1111]/logo.png"
            })
    void acceptsHttpUrlsOnPublicHosts(String url) {
        assertThat(PublicWebUrl.Validator.isPublicWebUrl(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://images.platter.dev/a.jpg",
                "javascript:alert(1)",
                "file:///etc/passwd",
                "https://localhost/a.jpg",
                "http://127.0.0.1/a.jpg",
                "http://10.1.2.3/a.jpg",
                "http://172.16.0.9/a.jpg",
                "http://192.168.1.1/a.jpg",
                "http://169.254.169.254/latest/meta-data",
                "http://100.64.0.1/a.jpg",
                "http://0.0.0.0/a.jpg",
                "http://[::1]/a.jpg",
                "http://[fd12:3456::1]/a.jpg",
                "http://[fe80::1]/a.jpg",
                "http://0x7f000001/a.jpg",
                "http://2130706433/a.jpg",
                "http://printer.local/a.jpg",
                "http://metadata.google.internal/a.jpg",
                "http://intranet/a.jpg",
                "https://user:secret@images.platter.dev/a.jpg",
                "not a url at all"
            })
    void refusesOtherSchemesAndInternalHosts(String url) {
        assertThat(PublicWebUrl.Validator.isPublicWebUrl(url)).isFalse();
    }
}
