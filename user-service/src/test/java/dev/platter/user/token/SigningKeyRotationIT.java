package dev.platter.user.token;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.platform.web.config.PlatterProperties;
import dev.platter.platform.web.security.TokenValidation;
import dev.platter.user.UserServiceIT;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Keys rotate without logging anyone out, and survive restarts. */
class SigningKeyRotationIT extends UserServiceIT {

    @Autowired
    PlatterProperties platter;

    @Autowired
    SigningKeyStore store;

    @Autowired
    SigningKeys keys;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SigningKeyProperties keyProperties;

    @Autowired
    TokenProperties tokenProperties;

    @Test
    void tokensOfTheOldKeyStayValidAfterRotation() throws Exception {
        var customer = newCustomer();
        var oldKid = parse(customer.accessToken()).getHeader().getKeyID();

        var rotated = post("/api/v1/admin/users/signing-keys/rotate", adminToken(), Map.of());
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        var newKid = body(rotated).get("kid").asString();

        var fresh = body(login(customer.email(), PASSWORD)).get("accessToken").asString();
        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(parse(fresh).getHeader().getKeyID()).as("the new key signs").isEqualTo(newKid);

        var jwks = send(request("/.well-known/jwks.json").GET());
        assertThat(jwks.statusCode()).isEqualTo(200);
        assertThat(jwks.body()).contains(oldKid, newKid).doesNotContain("\"d\"", "\"p\"", "\"q\"");

        assertThat(get("/api/v1/users/me", customer.accessToken()).statusCode())
                .as("user-service still accepts the old token")
                .isEqualTo(200);
        assertThat(get("/api/v1/users/me", fresh).statusCode()).isEqualTo(200);

        var anotherService = NimbusJwtDecoder.withJwkSetUri("http://127.0.0.1:" + port + "/.well-known/jwks.json")
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        anotherService.setJwtValidator(TokenValidation.validator(platter.security(), Clock.systemUTC()));
        assertThat(anotherService.decode(customer.accessToken()).getSubject())
                .as("a service reading our JWKS accepts the old kid")
                .isEqualTo(customer.id().toString());
        assertThat(anotherService.decode(fresh).getSubject())
                .isEqualTo(customer.id().toString());
    }

    @Test
    void keysPersistAcrossRestartsEncryptedAtRest() {
        var signing = keys.signingKey();

        var restarted =
                new SigningKeys(store, transactions, keyProperties, tokenProperties, platter, Clock.systemUTC());
        restarted.afterPropertiesSet();

        assertThat(restarted.signingKey().kid()).isEqualTo(signing.kid());
        assertThat(restarted.signingKey().privateKey()).isEqualTo(signing.privateKey());
        assertThat(restarted.publicKeys().getKeyByKeyId(signing.kid())).isNotNull();
    }

    @Test
    void customersCannotRotateKeys() throws Exception {
        var response =
                post("/api/v1/admin/users/signing-keys/rotate", newCustomer().accessToken(), Map.of());

        assertThat(response.statusCode()).isEqualTo(403);
    }
}
