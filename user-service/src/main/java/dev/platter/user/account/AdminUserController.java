package dev.platter.user.account;

import dev.platter.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Operations on any account; the security rules admit only {@code ADMIN} under {@code /api/v1/admin}. */
@RestController
class AdminUserController {

    private final AccountService accounts;

    AdminUserController(AccountService accounts) {
        this.accounts = accounts;
    }

    record SuspendRequest(@NotBlank @Size(max = 500) String reason) {}

    @GetMapping("/api/v1/admin/users/{userId}")
    UserView get(@PathVariable UUID userId) {
        return accounts.get(userId);
    }

    @PostMapping("/api/v1/admin/users/{userId}/suspend")
    UserView suspend(
            @PathVariable UUID userId, @Valid @RequestBody SuspendRequest request, @AuthenticationPrincipal Jwt admin) {
        return accounts.suspend(userId, request.reason().strip(), CurrentUser.id(admin));
    }
}
