package dev.platter.user.account;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin ({@code PLATTER_ADMIN_EMAIL}, {@code PLATTER_ADMIN_PASSWORD}). There is no default password: with
 * either unset, no admin is created.
 */
@ConfigurationProperties("platter.users.bootstrap-admin")
record BootstrapAdminProperties(@Nullable String email, @Nullable String password) {

    boolean configured() {
        return email != null && !email.isBlank() && password != null && !password.isBlank();
    }
}
