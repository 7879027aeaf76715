package dev.platter.payment.wallet;

import dev.platter.platform.events.Money;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of a customer's wallet history.
 *
 * @param availableChange how the available balance moved (negative for a spend or a reservation)
 * @param reservedChange how the reserved balance moved
 */
public record WalletMovement(
        UUID transactionId,
        LedgerKind kind,
        String reference,
        Money availableChange,
        Money reservedChange,
        @Nullable String description,
        Instant at) {}
