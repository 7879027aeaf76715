package dev.platter.user.token;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code signing_keys} table: public keys as X.509, private keys as PKCS#8 encrypted by {@link KeyEncryption}. */
@Repository
class SigningKeyStore {

    /** Serialises key creation and rotation across instances (a transaction-scoped Postgres advisory lock). */
    private static final long LOCK = 0x5349474E4B455953L; // "SIGNKEYS"

    private final JdbcTemplate jdbc;
    private final KeyEncryption encryption;

    SigningKeyStore(JdbcTemplate jdbc, SigningKeyProperties properties) {
        this.jdbc = jdbc;
        this.encryption = new KeyEncryption(properties.encryptionKey());
    }

    /** Waits for, then holds until the transaction ends, the lock every key change takes. */
    void lock() {
        jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, LOCK);
    }

    List<SigningKey> findAll() {
        return jdbc.query(
                "select kid, public_key, private_key, created_at, activates_at from signing_keys", (rs, row) -> {
                    var kid = rs.getString("kid");
                    return new SigningKey(
                            kid,
                            publicKey(rs.getBytes("public_key")),
                            privateKey(encryption.decrypt(rs.getBytes("private_key"), kid)),
                            rs.getTimestamp("created_at").toInstant(),
                            rs.getTimestamp("activates_at").toInstant());
                });
    }

    void insert(SigningKey key) {
        jdbc.update(
                "insert into signing_keys (kid, public_key, private_key, created_at, activates_at) values (?, ?, ?, ?, ?)",
                key.kid(),
                key.publicKey().getEncoded(),
                encryption.encrypt(key.privateKey().getEncoded(), key.kid()),
                Timestamp.from(key.createdAt()),
                Timestamp.from(key.activatesAt()));
    }

    void delete(String kid) {
        jdbc.update("delete from signing_keys where kid = ?", kid);
    }

    private static RSAPublicKey publicKey(byte[] x509) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable public key", e);
        }
    }

    private static RSAPrivateKey privateKey(byte[] pkcs8) {
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable private key", e);
        }
    }
}
