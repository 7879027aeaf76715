package dev.platter.payment;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The domain modules (payment, wallet, promotion, loyalty, reconciliation, provider, config) depend without cycles. */
class ModularityTests {

    @Test
    void modulesKeepTheirBoundaries() {
        ApplicationModules.of(PaymentServiceApplication.class).verify();
    }
}
