package dev.platter.notification.device;

import dev.platter.platform.web.problem.NotFoundException;
import dev.platter.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Apps register and remove the caller's device tokens for push. */
@RestController
@RequestMapping("/api/v1/notifications/devices")
class DeviceController {

    /** An FCM registration token and the app's platform. */
    record RegisterDevice(
            @NotBlank @Size(max = 4096) @Pattern(regexp = "[A-Za-z0-9_:\\-.]+") String token,
            @NotBlank @Pattern(regexp = "ANDROID|IOS|WEB") String platform) {}

    private final DeviceTokens devices;
    private final Clock clock;

    DeviceController(DeviceTokens devices, Clock clock) {
        this.devices = devices;
        this.clock = clock;
    }

    @GetMapping
    List<DeviceTokens.Device> mine(@AuthenticationPrincipal Jwt token) {
        return devices.of(CurrentUser.id(token));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    void register(@AuthenticationPrincipal Jwt token, @Valid @RequestBody RegisterDevice request) {
        devices.register(CurrentUser.id(token), request.token(), request.platform(), clock.instant());
    }

    @DeleteMapping("/{deviceToken}")
    ResponseEntity<Void> remove(@AuthenticationPrincipal Jwt token, @PathVariable String deviceToken) {
        if (!devices.remove(CurrentUser.id(token), deviceToken)) {
            throw new NotFoundException("No such device");
        }
        return ResponseEntity.noContent().build();
    }
}
