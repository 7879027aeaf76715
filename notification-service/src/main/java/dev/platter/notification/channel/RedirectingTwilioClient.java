package dev.platter.notification.channel;

import com.twilio.http.HttpClient;
import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;

/**
 * An HTTP client for Twilio's SDK that sends every request to another base address (a local stub in tests) instead
 * of Twilio's fixed hosts: same path, query, form body and Basic authentication as the SDK's own client would send.
 */
final class RedirectingTwilioClient extends HttpClient {

    private final String base;
    private final java.net.http.HttpClient http;

    RedirectingTwilioClient(String endpoint) {
        this.base = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        this.http = java.net.http.HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @Override
    public Response makeRequest(Request request) {
        var url = request.constructURL();
        var builder = HttpRequest.newBuilder(URI.create(base + url.getFile())).timeout(Duration.ofSeconds(10));
        if (request.requiresAuthentication()) {
            var credentials = request.getUsername() + ":" + request.getPassword();
            builder.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        request.getHeaderParams().forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        builder.header("Accept", "application/json");
        if (request.getMethod() == HttpMethod.POST) {
            builder.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(request.encodeFormBody()));
        } else {
            builder.method(request.getMethod().toString(), HttpRequest.BodyPublishers.noBody());
        }
        try {
            var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            var headers = new ArrayList<Header>();
            response.headers()
                    .map()
                    .forEach((name, values) -> values.forEach(v -> headers.add(new BasicHeader(name, v))));
            return new Response(response.body(), response.statusCode(), headers.toArray(Header[]::new));
        } catch (IOException e) {
            throw new com.twilio.exception.ApiConnectionException("Cannot reach " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new com.twilio.exception.ApiConnectionException("Interrupted calling " + base, e);
        }
    }
}
