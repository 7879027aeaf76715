package dev.platter.user.address;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.user.UserServiceIT;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A customer's address book, and order-service's view of it. */
class AddressIT extends UserServiceIT {

    private static final String ADDRESSES = "/api/v1/users/me/addresses";

    @Test
    void savesListsUpdatesAndDeletesAddressesWithOneDefault() throws Exception {
        var customer = newCustomer();

        var home = post(ADDRESSES, customer.accessToken(), home());
        assertThat(home.statusCode()).as(home.body()).isEqualTo(201);
        assertThat(body(home).get("isDefault").asBoolean())
                .as("the first address is the default")
                .isTrue();
        var homeId = body(home).get("id").asString();

        var office = post(ADDRESSES, customer.accessToken(), office(true));
        assertThat(body(office).get("isDefault").asBoolean()).isTrue();
        var officeId = body(office).get("id").asString();

        var list = body(get(ADDRESSES + "?page=0&size=10", customer.accessToken()));
        assertThat(list.get("totalItems").asLong()).isEqualTo(2);
        assertThat(list.get("totalPages").asInt()).isEqualTo(1);
        assertThat(list.get("page").asInt()).isZero();
        assertThat(list.get("size").asInt()).isEqualTo(10);
        assertThat(list.get("items").get(0).get("id").asString()).isEqualTo(homeId);
        assertThat(list.get("items").get(0).get("isDefault").asBoolean()).isFalse();
        assertThat(list.get("items").get(1).get("isDefault").asBoolean()).isTrue();

        var changes = home();
        changes.put("instructions", "Ring twice; the dog is friendly");
        changes.put("isDefault", true);
        var updated = put(ADDRESSES + "/" + homeId, customer.accessToken(), changes);
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(body(updated).get("instructions").asString()).isEqualTo("Ring twice; the dog is friendly");
        assertThat(body(get(ADDRESSES + "/" + officeId, customer.accessToken()))
                        .get("isDefault")
                        .asBoolean())
                .isFalse();

        var deleted = send(
                authorized(ADDRESSES + "/" + homeId, customer.accessToken()).DELETE());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(get(ADDRESSES + "/" + homeId, customer.accessToken()).statusCode())
                .isEqualTo(404);
        assertThat(body(get(ADDRESSES + "/" + officeId, customer.accessToken()))
                        .get("isDefault")
                        .asBoolean())
                .as("the remaining address becomes the default")
                .isTrue();
    }

    @Test
    void anotherCustomersAddressIsNotFound() throws Exception {
        var owner = newCustomer();
        var stranger = newCustomer();
        var addressId =
                body(post(ADDRESSES, owner.accessToken(), home())).get("id").asString();
        var path = ADDRESSES + "/" + addressId;

        var read = get(path, stranger.accessToken());
        var update = put(path, stranger.accessToken(), office(false));
        var delete = send(authorized(path, stranger.accessToken()).DELETE());

        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(problemType(read)).isEqualTo("https://platter.dev/problems/not-found");
        assertThat(update.statusCode()).isEqualTo(404);
        assertThat(delete.statusCode()).isEqualTo(404);
        assertThat(body(get(ADDRESSES, stranger.accessToken()))
                        .get("totalItems")
                        .asLong())
                .isZero();
        assertThat(body(get(path, owner.accessToken())).get("line1").asString()).isEqualTo("12 MG Road");
    }

    @Test
    void refusesCoordinatesOffTheGlobe() throws Exception {
        var customer = newCustomer();
        var badLatitude = home();
        badLatitude.put("lat", 90.5);
        var badLongitude = home();
        badLongitude.put("lon", -180.01);

        var lat = post(ADDRESSES, customer.accessToken(), badLatitude);
        var lon = post(ADDRESSES, customer.accessToken(), badLongitude);

        assertThat(lat.statusCode()).isEqualTo(400);
        assertThat(problemType(lat)).isEqualTo("https://platter.dev/problems/validation");
        assertThat(lat.body()).contains("lat");
        assertThat(lon.statusCode()).isEqualTo(400);
        assertThat(lon.body()).contains("lon");
    }

    @Test
    void refusesOverlongFieldsAndUnknownOnes() throws Exception {
        var customer = newCustomer();
        var tooLong = home();
        tooLong.put("instructions", "x".repeat(501));
        var unknown = home();
        unknown.put("userId", UUID.randomUUID().toString());

        assertThat(post(ADDRESSES, customer.accessToken(), tooLong).statusCode())
                .isEqualTo(400);
        var response = post(ADDRESSES, customer.accessToken(), unknown);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problemType(response)).isEqualTo("https://platter.dev/problems/unknown-field");
    }

    @Test
    void refusesPagesLargerThanAHundred() throws Exception {
        var response = get(ADDRESSES + "?size=101", newCustomer().accessToken());

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void servesTheDeliveryAddressToServicesOnly() throws Exception {
        var customer = newCustomer();
        var addressId =
                body(post(ADDRESSES, customer.accessToken(), home())).get("id").asString();
        var serviceToken = body(post(
                        "/internal/tokens",
                        Map.of("clientId", "order-service", "clientSecret", "local-order-service-secret")))
                .get("accessToken")
                .asString();
        var path = "/internal/users/" + customer.id() + "/addresses/" + addressId;

        var response = get(path, serviceToken);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(body(response).get("lat").asDouble()).isEqualTo(12.9716);
        assertThat(body(response).get("lon").asDouble()).isEqualTo(77.5946);
        assertThat(get("/internal/users/" + UUID.randomUUID() + "/addresses/" + addressId, serviceToken)
                        .statusCode())
                .as("the address must belong to that user")
                .isEqualTo(404);
        assertThat(get(path, customer.accessToken()).statusCode()).isEqualTo(403);
    }

    private static Map<String, Object> home() {
        var address = new HashMap<String, Object>();
        address.put("label", "Home");
        address.put("line1", "12 MG Road");
        address.put("line2", "Flat 4B");
        address.put("city", "Bengaluru");
        address.put("postcode", "560001");
        address.put("lat", 12.9716);
        address.put("lon", 77.5946);
        return address;
    }

    private static Map<String, Object> office(boolean isDefault) {
        var address = new HashMap<String, Object>();
        address.put("label", "Office");
        address.put("line1", "Embassy Tech Village");
        address.put("city", "Bengaluru");
        address.put("postcode", "560103");
        address.put("lat", 12.9293);
        address.put("lon", 77.6848);
        address.put("isDefault", isDefault);
        return address;
    }

    private HttpResponse<String> put(String path, String token, Object body) throws Exception {
        return send(authorized(path, token)
                .header("Content-Type", "application/json")
                .PUT(json(body)));
    }
}
