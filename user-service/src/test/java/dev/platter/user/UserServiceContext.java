package dev.platter.user;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring context every integration test of user-service shares: the service on a random port, the bootstrap
 * admin configured, a short login-throttle window, new keys signing at once, and the test key server's keys trusted
 * too (so {@code TestTokens} and {@code BadTokens} are judged by the same rules as our own tokens).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "platter.users.bootstrap-admin.email=" + UserServiceIT.ADMIN_EMAIL,
            "platter.users.bootstrap-admin.password=" + UserServiceIT.ADMIN_PASSWORD,
            "platter.users.tokens.additional-jwks-uri=${platter.security.jwks-uri}",
            "platter.users.login-throttle.window=3s",
            "platter.users.login-throttle.max-failures-per-account=3",
            "platter.users.login-throttle.max-failures-per-address=6",
            "platter.users.signing-keys.publish-ahead=0s"
        })
public @interface UserServiceContext {}
