package dev.platter.delivery.rider;

import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.web.page.PageResponse;
import dev.platter.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The rider's own profile and shifts: going online (optionally where they are) and offline. */
@RestController
@Validated
@RequestMapping("/api/v1/riders/me")
class RiderController {

    private final RiderService riders;

    RiderController(RiderService riders) {
        this.riders = riders;
    }

    /** Where the rider is as they start, if their app knows. */
    record Location(
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon) {}

    record OnlineRequest(@Valid @Nullable Location position) {}

    @GetMapping
    RiderView me(@AuthenticationPrincipal Jwt token) {
        return riders.view(CurrentUser.id(token));
    }

    @PostMapping("/online")
    RiderView online(
            @AuthenticationPrincipal Jwt token, @Valid @RequestBody(required = false) @Nullable OnlineRequest request) {
        var position = request == null || request.position() == null
                ? null
                : new GeoPoint(request.position().lat(), request.position().lon());
        return riders.goOnline(CurrentUser.id(token), position);
    }

    @PostMapping("/offline")
    RiderView offline(@AuthenticationPrincipal Jwt token) {
        return riders.goOffline(CurrentUser.id(token));
    }

    @GetMapping("/shifts")
    PageResponse<ShiftView> shifts(
            @AuthenticationPrincipal Jwt token,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return riders.shifts(CurrentUser.id(token), page, size);
    }
}
