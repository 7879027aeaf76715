package dev.platter.user.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.platform.events.EventHeaders;
import dev.platter.platform.events.Topics;
import dev.platter.platform.events.user.OwnerApproved;
import dev.platter.platform.events.user.RiderApproved;
import dev.platter.platform.events.user.VehicleType;
import dev.platter.platform.test.TopicReader;
import dev.platter.user.UserServiceIT;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Riders and restaurant owners apply; admins decide. */
class ApplicationIT extends UserServiceIT {

    @Test
    void anApprovedRiderGetsTheRoleAndIsAnnounced() throws Exception {
        var customer = newCustomer();
        var admin = adminToken();
        try (var users = TopicReader.of(Topics.USERS)) {
            var applied = post(
                    "/api/v1/applications",
                    customer.accessToken(),
                    Map.of(
                            "type",
                            "RIDER",
                            "rider",
                            Map.of("vehicleType", "SCOOTER", "licenceNumber", "KA01-2026-0042", "city", "Bengaluru")));
            assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
            var applicationId = body(applied).get("id").asString();
            assertThat(body(applied).get("status").asString()).isEqualTo("PENDING");

            var pending = body(get("/api/v1/admin/applications?status=PENDING&size=100", admin));
            assertThat(pending.get("items").toString()).contains(applicationId);

            var approved = post("/api/v1/admin/applications/" + applicationId + "/approve", admin, Map.of());
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
            assertThat(body(approved).get("status").asString()).isEqualTo("APPROVED");

            var roles = parse(body(login(customer.email(), PASSWORD))
                            .get("accessToken")
                            .asString())
                    .getJWTClaimsSet()
                    .getStringListClaim("roles");
            assertThat(roles).containsExactlyInAnyOrder("CUSTOMER", "RIDER");

            var record = users.awaitRecord(candidate -> customer.id().toString().equals(candidate.key())
                    && "RiderApproved".equals(TopicReader.header(candidate, EventHeaders.EVENT_TYPE)));
            var event = JSON.readValue(record.value(), RiderApproved.class);
            assertThat(event.applicationId().toString()).isEqualTo(applicationId);
            assertThat(event.vehicleType()).isEqualTo(VehicleType.SCOOTER);
            assertThat(event.phone()).isEqualTo("+919812345678");
            assertThat(event.city()).isEqualTo("Bengaluru");

            var again = post("/api/v1/admin/applications/" + applicationId + "/approve", admin, Map.of());
            assertThat(again.statusCode()).isEqualTo(409);
        }
    }

    @Test
    void anApprovedOwnerIsAnnouncedWithTheBusiness() throws Exception {
        var customer = newCustomer();
        try (var users = TopicReader.of(Topics.USERS)) {
            var applicationId = body(post("/api/v1/applications", customer.accessToken(), ownerApplication()))
                    .get("id")
                    .asString();

            post("/api/v1/admin/applications/" + applicationId + "/approve", adminToken(), Map.of());

            var record = users.awaitRecord(candidate -> customer.id().toString().equals(candidate.key())
                    && "OwnerApproved".equals(TopicReader.header(candidate, EventHeaders.EVENT_TYPE)));
            var event = JSON.readValue(record.value(), OwnerApproved.class);
            assertThat(event.businessName()).isEqualTo("Spice Garden Foods");
            assertThat(event.email()).isEqualTo(customer.email().toLowerCase());
        }
    }

    @Test
    void aRejectedApplicationGrantsNothing() throws Exception {
        var customer = newCustomer();
        var admin = adminToken();
        var applicationId = body(post("/api/v1/applications", customer.accessToken(), ownerApplication()))
                .get("id")
                .asString();

        var rejected = post(
                "/api/v1/admin/applications/" + applicationId + "/reject",
                admin,
                Map.of("reason", "Registration number does not match the business"));

        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(body(rejected).get("status").asString()).isEqualTo("REJECTED");
        assertThat(body(get("/api/v1/users/me", customer.accessToken()))
                        .get("roles")
                        .toString())
                .isEqualTo("[\"CUSTOMER\"]");
        var mine = body(get("/api/v1/applications", customer.accessToken()));
        assertThat(mine.get("items").get(0).get("rejectionReason").asString())
                .isEqualTo("Registration number does not match the business");
        assertThat(post("/api/v1/admin/applications/" + applicationId + "/approve", admin, Map.of())
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void onlyOnePendingApplicationOfAKind() throws Exception {
        var customer = newCustomer();
        assertThat(post("/api/v1/applications", customer.accessToken(), ownerApplication())
                        .statusCode())
                .isEqualTo(201);

        var second = post("/api/v1/applications", customer.accessToken(), ownerApplication());

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(problemType(second)).isEqualTo("https://platter.dev/problems/application-pending");
    }

    @Test
    void refusesDetailsThatDoNotMatchTheType() throws Exception {
        var customer = newCustomer();

        var response = post(
                "/api/v1/applications",
                customer.accessToken(),
                Map.of("type", "RIDER", "owner", ownerApplication().get("owner")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problemType(response)).isEqualTo("https://platter.dev/problems/validation");
    }

    @Test
    void customersCannotDecideApplications() throws Exception {
        var customer = newCustomer();
        var applicationId = body(post("/api/v1/applications", customer.accessToken(), ownerApplication()))
                .get("id")
                .asString();

        var response =
                post("/api/v1/admin/applications/" + applicationId + "/approve", customer.accessToken(), Map.of());

        assertThat(response.statusCode()).isEqualTo(403);
    }

    private static Map<String, Object> ownerApplication() {
        return Map.of(
                "type",
                "RESTAURANT_OWNER",
                "owner",
                Map.of(
                        "businessName", "Spice Garden Foods",
                        "registrationNumber", "GSTIN29ABCDE1234F1Z5",
                        "contactName", "Ravi Kumar",
                        "contactPhone", "+918012345678"));
    }
}
