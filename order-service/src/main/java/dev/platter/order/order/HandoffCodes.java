package dev.platter.order.order;

import java.security.SecureRandom;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Makes the 4-digit codes a customer gives the rider at the door: unpredictable, so only the customer knows it. */
@Component
class HandoffCodes {

    private final SecureRandom random = new SecureRandom();

    String next() {
        return String.format(Locale.ROOT, "%04d", random.nextInt(10_000));
    }
}
