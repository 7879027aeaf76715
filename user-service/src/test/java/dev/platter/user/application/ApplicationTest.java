package dev.platter.user.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platter.platform.events.user.VehicleType;
import dev.platter.platform.web.problem.IllegalTransition;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApplicationTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final UUID ADMIN = UUID.randomUUID();

    @Test
    void aPendingApplicationIsApproved() {
        var application = rider();

        application.approve(ADMIN, NOW);

        assertThat(application.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(application.view().decidedBy()).isEqualTo(ADMIN);
        assertThat(application.type().role()).isEqualTo(dev.platter.platform.events.user.Role.RIDER);
    }

    @Test
    void aPendingApplicationIsRejectedWithItsReason() {
        var application = rider();

        application.reject(ADMIN, "Licence expired", NOW);

        assertThat(application.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(application.view().rejectionReason()).isEqualTo("Licence expired");
    }

    @Test
    void aDecidedApplicationCannotBeDecidedAgain() {
        var approved = rider();
        approved.approve(ADMIN, NOW);
        var rejected = rider();
        rejected.reject(ADMIN, "Licence expired", NOW);

        assertThatThrownBy(() -> approved.approve(ADMIN, NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> approved.reject(ADMIN, "No", NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> rejected.approve(ADMIN, NOW)).isInstanceOf(IllegalTransition.class);
    }

    private static Application rider() {
        return Application.rider(UUID.randomUUID(), VehicleType.SCOOTER, "KA01-2026-0042", "Bengaluru", NOW);
    }
}
