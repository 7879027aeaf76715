package dev.platter.user.token;

import dev.platter.platform.web.ids.Uuids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One refresh token, known only by its SHA-256. Single use: refreshing spends it and issues the next one of the same
 * family (the chain that started at one login); presenting a spent one again means it was stolen, and ends the family.
 */
@Entity
@Table(name = "refresh_tokens")
class RefreshToken {

    @Id
    private UUID id;

    private UUID familyId;

    private UUID userId;

    private String tokenHash;

    private Instant issuedAt;

    private Instant expiresAt;

    private @Nullable Instant usedAt;

    private @Nullable Instant revokedAt;

    @Version
    private @Nullable Long version;

    protected RefreshToken() {}

    RefreshToken(UUID familyId, UUID userId, String tokenHash, Instant now, Instant expiresAt) {
        this.id = Uuids.v7(now.toEpochMilli());
        this.familyId = familyId;
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.issuedAt = now;
        this.expiresAt = expiresAt;
    }

    /** Used or revoked: presenting it again is a replay. */
    boolean isSpent() {
        return usedAt != null || revokedAt != null;
    }

    boolean isExpired(Instant now) {
        return !expiresAt.isAfter(now);
    }

    void markUsed(Instant now) {
        usedAt = now;
    }

    UUID familyId() {
        return familyId;
    }

    UUID userId() {
        return userId;
    }
}
