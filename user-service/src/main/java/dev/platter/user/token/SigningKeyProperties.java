package dev.platter.user.token;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How signing keys are kept and rotated.
 *
 * @param encryptionKey base64 of the 256-bit AES key that encrypts private keys at rest
 * @param rotationInterval age after which a new key is made; zero turns scheduled rotation off
 * @param rotationCheckInterval how often an instance checks whether rotation is due
 * @param publishAhead how long a new key is published before it signs, so every verifier has fetched it first
 * @param reloadInterval how often an instance re-reads the shared key table (keys rotated by another instance)
 */
@ConfigurationProperties("platter.users.signing-keys")
record SigningKeyProperties(
        String encryptionKey,
        Duration rotationInterval,
        Duration rotationCheckInterval,
        Duration publishAhead,
        Duration reloadInterval) {}
