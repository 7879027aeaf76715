package dev.platter.user.token;

import com.nimbusds.jose.jwk.JWKSet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sign in, refresh, sign out, service tokens, the public keys, and key rotation. */
@RestController
class TokenController {

    private final TokenService tokens;
    private final SigningKeys keys;

    TokenController(TokenService tokens, SigningKeys keys) {
        this.tokens = tokens;
        this.keys = keys;
    }

    record LoginRequest(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 128) String password) {

        @Override
        public String toString() {
            return "LoginRequest[email=" + email + "]";
        }
    }

    record RefreshRequest(@NotBlank @Size(max = 128) String refreshToken) {

        @Override
        public String toString() {
            return "RefreshRequest[***]";
        }
    }

    record ServiceTokenRequest(
            @NotBlank @Size(max = 64) String clientId, @NotBlank @Size(max = 256) String clientSecret) {

        @Override
        public String toString() {
            return "ServiceTokenRequest[clientId=" + clientId + "]";
        }
    }

    record TokenResponse(
            String accessToken, String tokenType, long expiresIn, String refreshToken, long refreshExpiresIn) {

        static TokenResponse of(TokenService.Tokens tokens) {
            return new TokenResponse(
                    tokens.accessToken(),
                    "Bearer",
                    tokens.expiresIn(),
                    tokens.refreshToken(),
                    tokens.refreshExpiresIn());
        }

        @Override
        public String toString() {
            return "TokenResponse[***]";
        }
    }

    record ServiceTokenResponse(String accessToken, String tokenType, long expiresIn) {

        @Override
        public String toString() {
            return "ServiceTokenResponse[***]";
        }
    }

    record RotatedKey(String kid, Instant activatesAt) {}

    @PostMapping("/api/v1/auth/login")
    TokenResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return TokenResponse.of(tokens.login(request.email(), request.password(), ClientAddress.of(http)));
    }

    @PostMapping("/api/v1/auth/refresh")
    TokenResponse refresh(@Valid @RequestBody RefreshRequest request) {
        return TokenResponse.of(tokens.refresh(request.refreshToken()));
    }

    @PostMapping("/api/v1/auth/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(@Valid @RequestBody RefreshRequest request) {
        tokens.logout(request.refreshToken());
    }

    @PostMapping("/internal/tokens")
    ServiceTokenResponse serviceToken(@Valid @RequestBody ServiceTokenRequest request) {
        var token = tokens.serviceToken(request.clientId(), request.clientSecret());
        return new ServiceTokenResponse(token.accessToken(), "Bearer", token.expiresIn());
    }

    @GetMapping("/.well-known/jwks.json")
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .contentType(org.springframework.http.MediaType.parseMediaType(JWKSet.MIME_TYPE))
                .body(keys.publicKeys().toJSONObject(true));
    }

    @PostMapping("/api/v1/admin/users/signing-keys/rotate")
    RotatedKey rotate() {
        var key = keys.rotate();
        return new RotatedKey(key.kid(), key.activatesAt());
    }
}
