package dev.platter.payment.wallet;

import dev.platter.platform.events.Money;
import java.util.UUID;

/**
 * A customer's wallet in one currency.
 *
 * @param available what the customer can spend
 * @param reserved held for orders in flight
 */
public record Wallet(UUID customerId, Money available, Money reserved) {}
