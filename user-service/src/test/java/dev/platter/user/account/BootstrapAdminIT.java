package dev.platter.user.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.user.UserServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** The first admin comes from configuration, once. */
class BootstrapAdminIT extends UserServiceIT {

    @Autowired
    BootstrapAdmin bootstrapAdmin;

    @Test
    void theConfiguredAdminCanSignInAsAdmin() throws Exception {
        var roles = parse(adminToken()).getJWTClaimsSet().getStringListClaim("roles");

        assertThat(roles).containsExactly("ADMIN");
    }

    @Test
    void runningItAgainChangesNothing() throws Exception {
        var before = body(get("/api/v1/users/me", adminToken()));

        bootstrapAdmin.run(new DefaultApplicationArguments());

        var after = body(get("/api/v1/users/me", adminToken()));
        assertThat(after.get("id")).isEqualTo(before.get("id"));
        assertThat(after.get("version")).isEqualTo(before.get("version"));
    }

    @Test
    void makesNoAdminWithoutAPassword() {
        var properties = new BootstrapAdminProperties("someone@platter.test", " ");

        assertThat(properties.configured()).isFalse();
    }
}
