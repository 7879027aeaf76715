package dev.platter.user.account;

import dev.platter.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registration and the signed-in user's own profile and password. */
@RestController
class AccountController {

    static final String E164 = "^\\+[1-9][0-9]{6,14}$";

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    record RegisterRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(min = 10, max = 128) String password,
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Pattern(regexp = E164, message = "must be an E.164 number such as +919812345678") String phone) {

        @Override
        public String toString() {
            return "RegisterRequest[email=" + email + ", name=" + name + "]";
        }
    }

    record UpdateProfileRequest(
            @Nullable @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
            @Nullable @Pattern(regexp = E164, message = "must be an E.164 number such as +919812345678")
                    String phone) {}

    record ChangePasswordRequest(
            @NotBlank @Size(max = 128) String currentPassword,
            @NotBlank @Size(min = 10, max = 128) String newPassword) {

        @Override
        public String toString() {
            return "ChangePasswordRequest[***]";
        }
    }

    record ProfileResponse(
            UUID id,
            String email,
            String name,
            @Nullable String phone,
            Set<dev.platter.platform.events.user.Role> roles,
            Instant createdAt,
            long version) {

        static ProfileResponse of(UserView user) {
            return new ProfileResponse(
                    user.id(), user.email(), user.name(), user.phone(), user.roles(), user.createdAt(), user.version());
        }
    }

    @PostMapping("/api/v1/auth/register")
    @ResponseStatus(HttpStatus.CREATED)
    ProfileResponse register(@Valid @RequestBody RegisterRequest request) {
        return ProfileResponse.of(accounts.register(
                request.email(), request.password(), request.name().strip(), request.phone()));
    }

    @GetMapping("/api/v1/users/me")
    ProfileResponse me(@AuthenticationPrincipal Jwt token) {
        return ProfileResponse.of(accounts.get(CurrentUser.id(token)));
    }

    @PatchMapping("/api/v1/users/me")
    ProfileResponse update(@AuthenticationPrincipal Jwt token, @Valid @RequestBody UpdateProfileRequest request) {
        var name = request.name() == null ? null : request.name().strip();
        return ProfileResponse.of(accounts.updateContact(CurrentUser.id(token), name, request.phone()));
    }

    @PostMapping("/api/v1/users/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@AuthenticationPrincipal Jwt token, @Valid @RequestBody ChangePasswordRequest request) {
        accounts.changePassword(CurrentUser.id(token), request.currentPassword(), request.newPassword());
    }
}
