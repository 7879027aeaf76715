package dev.platter.user.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platter.platform.events.user.Role;
import dev.platter.platform.web.problem.IllegalTransition;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void storesTheEmailLowerCased() {
        assertThat(customer().email()).isEqualTo("asha.rao@platter.test");
    }

    @Test
    void anActiveUserCanBeSuspendedOnce() {
        var user = customer();

        user.suspend("Fraud", NOW);

        assertThat(user.status()).isEqualTo(UserStatus.SUSPENDED);
        assertThat(user.isActive()).isFalse();
        assertThat(user.suspendedReason()).isEqualTo("Fraud");
        assertThatThrownBy(() -> user.suspend("Again", NOW)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void contactChangesAreReportedOnlyWhenSomethingChanged() {
        var user = customer();

        assertThat(user.updateContact("Asha Rao", null, NOW)).isFalse();
        assertThat(user.updateContact(null, "+919900112233", NOW)).isTrue();
        assertThat(user.phone()).isEqualTo("+919900112233");
    }

    @Test
    void grantsARoleOnce() {
        var user = customer();

        assertThat(user.grant(Role.RIDER, NOW)).isTrue();
        assertThat(user.grant(Role.RIDER, NOW)).isFalse();
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.CUSTOMER, Role.RIDER);
    }

    private static User customer() {
        return new User(" Asha.Rao@Platter.TEST ", "hash", "Asha Rao", "+919812345678", Set.of(Role.CUSTOMER), NOW);
    }
}
