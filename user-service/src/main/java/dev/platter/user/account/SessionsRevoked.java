package dev.platter.user.account;

import java.util.UUID;

/**
 * Published inside the transaction that changed a user's password or suspended them: every refresh token of the
 * user must stop working. An in-process event (not a Kafka contract).
 */
public record SessionsRevoked(UUID userId) {}
