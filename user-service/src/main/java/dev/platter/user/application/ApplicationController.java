package dev.platter.user.application;

import dev.platter.platform.events.user.VehicleType;
import dev.platter.platform.web.page.PageResponse;
import dev.platter.platform.web.page.Paging;
import dev.platter.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Applying to ride or to run restaurants, and the admins' decisions. */
@RestController
class ApplicationController {

    private final ApplicationService applications;

    ApplicationController(ApplicationService applications) {
        this.applications = applications;
    }

    record RiderDetails(
            @NotNull VehicleType vehicleType,
            @NotBlank @Size(max = 40) String licenceNumber,
            @Nullable @Size(max = 100) String city) {}

    record OwnerDetails(
            @NotBlank @Size(max = 120) String businessName,
            @NotBlank @Size(max = 40) String registrationNumber,
            @NotBlank @Size(max = 100) String contactName,
            @NotBlank @Pattern(regexp = "^\\+[1-9][0-9]{6,14}$", message = "must be an E.164 number")
                    String contactPhone) {}

    /** {@code rider} for {@code RIDER}, {@code owner} for {@code RESTAURANT_OWNER}, never both. */
    record ApplyRequest(
            @NotNull ApplicationType type, @Valid @Nullable RiderDetails rider, @Valid @Nullable OwnerDetails owner) {

        @AssertTrue(message = "rider details for RIDER, owner details for RESTAURANT_OWNER, and nothing else")
        boolean isDetailsMatchingType() {
            return type == null
                    || (type == ApplicationType.RIDER && rider != null && owner == null)
                    || (type == ApplicationType.RESTAURANT_OWNER && owner != null && rider == null);
        }
    }

    record RejectRequest(@NotBlank @Size(max = 500) String reason) {}

    @PostMapping("/api/v1/applications")
    @ResponseStatus(HttpStatus.CREATED)
    ApplicationView apply(@AuthenticationPrincipal Jwt token, @Valid @RequestBody ApplyRequest request) {
        var userId = CurrentUser.id(token);
        return switch (request.type()) {
            case RIDER -> {
                var rider = Objects.requireNonNull(request.rider());
                yield applications.applyToRide(userId, rider.vehicleType(), rider.licenceNumber(), rider.city());
            }
            case RESTAURANT_OWNER -> {
                var owner = Objects.requireNonNull(request.owner());
                yield applications.applyToOwn(
                        userId,
                        owner.businessName(),
                        owner.registrationNumber(),
                        owner.contactName(),
                        owner.contactPhone());
            }
        };
    }

    @GetMapping("/api/v1/applications")
    PageResponse<ApplicationView> mine(
            @AuthenticationPrincipal Jwt token,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return Paging.response(applications.mine(CurrentUser.id(token), page, size), view -> view);
    }

    @GetMapping("/api/v1/admin/applications")
    PageResponse<ApplicationView> list(
            @RequestParam(defaultValue = "PENDING") ApplicationStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return Paging.response(applications.byStatus(status, page, size), view -> view);
    }

    @PostMapping("/api/v1/admin/applications/{applicationId}/approve")
    ApplicationView approve(@PathVariable UUID applicationId, @AuthenticationPrincipal Jwt admin) {
        return applications.approve(applicationId, CurrentUser.id(admin));
    }

    @PostMapping("/api/v1/admin/applications/{applicationId}/reject")
    ApplicationView reject(
            @PathVariable UUID applicationId,
            @AuthenticationPrincipal Jwt admin,
            @Valid @RequestBody RejectRequest request) {
        return applications.reject(
                applicationId, CurrentUser.id(admin), request.reason().strip());
    }
}
