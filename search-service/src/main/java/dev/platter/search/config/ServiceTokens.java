package dev.platter.search.config;

import java.net.http.HttpClient;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The service token (role {@code SERVICE}) search-service shows when it calls another service. */
@FunctionalInterface
public interface ServiceTokens {

    /** A valid service token. */
    String token();

    /** A REST client with the configured timeouts. */
    static RestClient client(ClientProperties properties, String baseUrl) {
        var http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .build();
        var factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.readTimeout());
        return RestClient.builder().baseUrl(baseUrl).requestFactory(factory).build();
    }
}
