package dev.platter.order.checkout;

import dev.platter.order.config.ClientProperties;
import dev.platter.order.config.DependencyUnavailable;
import dev.platter.order.config.RestClients;
import dev.platter.order.config.ServiceTokens;
import dev.platter.platform.web.problem.NotFoundException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** A customer's saved address from user-service ({@code /internal/users/{id}/addresses/{addressId}}). */
@Component
class UserClient {

    private final RestClient users;
    private final ServiceTokens tokens;

    UserClient(RestClients clients, ClientProperties properties, ServiceTokens tokens) {
        this.users = clients.to("user-service", properties.users());
        this.tokens = tokens;
    }

    /** A saved address as user-service keeps it. */
    record SavedAddress(
            UUID id,
            String line1,
            @Nullable String line2,
            String city,
            @Nullable String postcode,
            double lat,
            double lon,
            @Nullable String instructions) {}

    /** The customer's own address; someone else's (or none) is 404. */
    SavedAddress address(UUID customerId, UUID addressId) {
        try {
            var address = users.get()
                    .uri("/internal/users/{userId}/addresses/{addressId}", customerId, addressId)
                    .header("Authorization", "Bearer " + tokens.token())
                    .retrieve()
                    .body(SavedAddress.class);
            if (address == null) {
                throw new DependencyUnavailable("user-service", new IllegalStateException("empty address"));
            }
            return address;
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                throw new NotFoundException("You have no saved address " + addressId);
            }
            throw new DependencyUnavailable("user-service", e);
        } catch (RestClientException e) {
            throw new DependencyUnavailable("user-service", e);
        }
    }
}
