package dev.platter.notification.preference;

import dev.platter.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own channel preferences for order updates. */
@RestController
@RequestMapping("/api/v1/notifications/preferences")
class PreferenceController {

    /** Every channel, each on or off. */
    record PreferencesRequest(
            @NotNull Boolean email, @NotNull Boolean push, @NotNull Boolean sms, @NotNull Boolean inApp) {}

    private final Preferences preferences;

    PreferenceController(Preferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    ChannelPreferences get(@AuthenticationPrincipal Jwt token) {
        return preferences.of(CurrentUser.id(token));
    }

    @PutMapping
    ChannelPreferences put(@AuthenticationPrincipal Jwt token, @Valid @RequestBody PreferencesRequest request) {
        var chosen = new ChannelPreferences(request.email(), request.push(), request.sms(), request.inApp());
        preferences.save(CurrentUser.id(token), chosen);
        return chosen;
    }
}
