package dev.platter.order;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The domain modules (cart, checkout, order, restaurant, support, config) depend on each other without cycles. */
class ModularityTests {

    @Test
    void modulesKeepTheirBoundaries() {
        ApplicationModules.of(OrderServiceApplication.class).verify();
    }
}
