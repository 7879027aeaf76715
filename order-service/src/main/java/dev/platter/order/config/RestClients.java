package dev.platter.order.config;

import io.micrometer.observation.ObservationRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.client.BufferingClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Outbound REST clients, every one with the configured connect and read timeouts. */
@Component
public class RestClients {

    private final ObservationRegistry observations;
    private final ClientProperties properties;

    RestClients(ObjectProvider<ObservationRegistry> observations, ClientProperties properties) {
        this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
        this.properties = properties;
    }

    /** A client of the service at {@code baseUri}. */
    public RestClient to(URI baseUri) {
        var http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .build();
        var factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.readTimeout());
        return RestClient.builder()
                .observationRegistry(observations) // trace context travels with every call
                .baseUrl(baseUri.toString())
                // buffered, so every body declares its Content-Length (our services refuse chunked bodies)
                .requestFactory(new BufferingClientHttpRequestFactory(factory))
                .build();
    }
}
