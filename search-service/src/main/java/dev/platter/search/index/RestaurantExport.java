package dev.platter.search.index;

import dev.platter.platform.web.problem.PlatterException;
import dev.platter.search.config.ClientProperties;
import dev.platter.search.config.ServiceTokens;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** restaurant-service's paged export, read with a service token. */
@Component
class RestaurantExport {

    private final RestClient restaurants;
    private final ServiceTokens tokens;

    RestaurantExport(ClientProperties properties, ServiceTokens tokens) {
        this.restaurants =
                ServiceTokens.client(properties, properties.restaurants().toString());
        this.tokens = tokens;
    }

    ExportedRestaurant.Page page(int page, int size) {
        try {
            var answer = restaurants
                    .get()
                    .uri("/internal/restaurants/export?page={page}&size={size}", page, size)
                    .header("Authorization", "Bearer " + tokens.token())
                    .retrieve()
                    .body(ExportedRestaurant.Page.class);
            if (answer == null) {
                throw new ExportUnavailable(new IllegalStateException("empty export page"));
            }
            return answer;
        } catch (RestClientException | IllegalStateException e) {
            throw new ExportUnavailable(e);
        }
    }

    /** restaurant-service (or user-service, for the token) could not be read: the rebuild did not switch. */
    static class ExportUnavailable extends PlatterException {

        ExportUnavailable(Exception cause) {
            super("The restaurant export could not be read; the index was left as it was");
            initCause(cause);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }

        @Override
        public String kind() {
            return "dependency-unavailable";
        }

        @Override
        public String title() {
            return "A service search depends on is unavailable";
        }
    }
}
