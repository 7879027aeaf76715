package dev.platter.order.restaurant;

import dev.platter.order.config.ClientProperties;
import dev.platter.order.config.DependencyUnavailable;
import dev.platter.order.config.RestClients;
import dev.platter.order.config.ServiceTokens;
import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.web.problem.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * restaurant-service's quote, with a service token and the configured timeouts. An unknown restaurant is 404; a
 * restaurant-service that does not answer, or fails, is {@link DependencyUnavailable} (503).
 */
@Component
public class RestaurantClient {

    private final RestClient restaurants;
    private final ServiceTokens tokens;

    RestaurantClient(RestClients clients, ClientProperties properties, ServiceTokens tokens) {
        this.restaurants = clients.to("restaurant-service", properties.restaurants());
        this.tokens = tokens;
    }

    record QuoteRequest(List<Quote.Line> lines, Point dropOff) {}

    record Point(double lat, double lon) {}

    /** Prices {@code lines} at the restaurant for delivery to {@code dropOff}. */
    public Quote quote(UUID restaurantId, List<Quote.Line> lines, GeoPoint dropOff) {
        var token = tokens.token();
        try {
            var quote = restaurants
                    .post()
                    .uri("/internal/restaurants/{id}/quote", restaurantId)
                    .header("Authorization", "Bearer " + token)
                    .body(new QuoteRequest(lines, new Point(dropOff.lat(), dropOff.lon())))
                    .retrieve()
                    .body(Quote.class);
            if (quote == null) {
                throw new DependencyUnavailable("restaurant-service", new IllegalStateException("empty quote"));
            }
            return quote;
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                throw new NotFoundException("No restaurant " + restaurantId);
            }
            throw new DependencyUnavailable("restaurant-service", e);
        } catch (RestClientException e) {
            throw new DependencyUnavailable("restaurant-service", e);
        }
    }
}
