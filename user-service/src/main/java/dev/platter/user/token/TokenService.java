package dev.platter.user.token;

import dev.platter.platform.events.user.Role;
import dev.platter.user.account.AccountService;
import dev.platter.user.account.InvalidCredentials;
import dev.platter.user.account.SessionsRevoked;
import dev.platter.user.account.UserStatus;
import dev.platter.user.account.UserView;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Login, refresh, logout and service tokens. */
@Service
class TokenService {

    /** The role of a service token; not a user role, so not in the event contract's {@link Role}. */
    static final String SERVICE_ROLE = "SERVICE";

    private static final Logger log = LoggerFactory.getLogger(TokenService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountService accounts;
    private final AccessTokens accessTokens;
    private final RefreshTokenRepository refreshTokens;
    private final LoginThrottle throttle;
    private final TokenProperties properties;
    private final ServiceClientsProperties clients;
    private final Clock clock;

    TokenService(
            AccountService accounts,
            AccessTokens accessTokens,
            RefreshTokenRepository refreshTokens,
            LoginThrottle throttle,
            TokenProperties properties,
            ServiceClientsProperties clients,
            Clock clock) {
        this.accounts = accounts;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.throttle = throttle;
        this.properties = properties;
        this.clients = clients;
        this.clock = clock;
    }

    /** An access token and a refresh token (the first of a new family). */
    record Tokens(String accessToken, long expiresIn, String refreshToken, long refreshExpiresIn) {

        @Override
        public String toString() {
            return "Tokens[***]";
        }
    }

    /** A service token: access only, no refresh. */
    record ServiceToken(String accessToken, long expiresIn) {

        @Override
        public String toString() {
            return "ServiceToken[***]";
        }
    }

    /**
     * Signs a user in, unless the account or the address has failed too often lately.
     *
     * @throws InvalidCredentials unknown email or wrong password (counted as a failure)
     */
    Tokens login(String email, String password, String clientAddress) {
        throttle.check(email, clientAddress);
        UserView user;
        try {
            user = accounts.authenticate(email, password);
        } catch (InvalidCredentials e) {
            throttle.failed(email, clientAddress);
            throw e;
        }
        throttle.succeeded(email);
        return issue(user, UUID.randomUUID());
    }

    /**
     * Spends a refresh token for a new pair. A spent or revoked token presented again revokes its whole family (kept
     * although the answer is an error).
     */
    @Transactional(noRollbackFor = TokenProblems.InvalidRefreshToken.class)
    Tokens refresh(String presented) {
        var token = refreshTokens.findForUpdate(hash(presented)).orElseThrow(TokenProblems.InvalidRefreshToken::new);
        var now = clock.instant();
        if (token.isSpent()) {
            int revoked = refreshTokens.revokeFamily(token.familyId(), now);
            log.warn(
                    "Spent refresh token of family {} (user {}) presented again; {} tokens revoked",
                    token.familyId(),
                    token.userId(),
                    revoked);
            throw new TokenProblems.InvalidRefreshToken();
        }
        if (token.isExpired(now)) {
            throw new TokenProblems.InvalidRefreshToken();
        }
        var user = accounts.get(token.userId());
        if (user.status() != UserStatus.ACTIVE) {
            refreshTokens.revokeFamily(token.familyId(), now);
            throw new TokenProblems.InvalidRefreshToken();
        }
        token.markUsed(now);
        return issue(user, token.familyId());
    }

    /** Ends the session the refresh token belongs to; an unknown token is ignored (logout is idempotent). */
    @Transactional
    void logout(String presented) {
        refreshTokens
                .findByTokenHash(hash(presented))
                .ifPresent(token -> refreshTokens.revokeFamily(token.familyId(), clock.instant()));
    }

    /** A short-lived {@code SERVICE} token for an internal caller with its configured secret. */
    ServiceToken serviceToken(String clientId, String clientSecret) {
        var expected = clients.serviceClients().get(clientId);
        boolean matches = MessageDigest.isEqual(
                bytes(expected == null ? "no-such-client-" + UUID.randomUUID() : expected), bytes(clientSecret));
        if (expected == null || !matches) {
            throw new TokenProblems.InvalidClient();
        }
        var lifetime = properties.serviceTokenTtl();
        return new ServiceToken(accessTokens.issue(clientId, List.of(SERVICE_ROLE), lifetime), lifetime.toSeconds());
    }

    /** A password change or a suspension ends every session of the user, in the same transaction. */
    @EventListener
    void on(SessionsRevoked revoked) {
        refreshTokens.revokeAllOf(revoked.userId(), clock.instant());
    }

    private Tokens issue(UserView user, UUID familyId) {
        var now = clock.instant();
        var refresh = newRefreshToken();
        refreshTokens.save(
                new RefreshToken(familyId, user.id(), hash(refresh), now, now.plus(properties.refreshTokenTtl())));
        var roles = user.roles().stream().map(Role::name).sorted().toList();
        var access = accessTokens.issue(user.id().toString(), roles, properties.accessTokenTtl());
        return new Tokens(
                access,
                properties.accessTokenTtl().toSeconds(),
                refresh,
                properties.refreshTokenTtl().toSeconds());
    }

    /** 256 random bits, base64url. */
    private static String newRefreshToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String refreshToken) {
        return LoginThrottle.sha256(refreshToken);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
