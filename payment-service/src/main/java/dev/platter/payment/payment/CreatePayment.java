package dev.platter.payment.payment;

import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * order-service's request for an order's payment.
 *
 * @param total what the order costs (the discount already subtracted)
 * @param walletAmount the part paid from the wallet
 * @param itemsTotal the items total the promo code was judged on, with the code
 */
public record CreatePayment(
        UUID orderId,
        UUID customerId,
        UUID restaurantId,
        PaymentMethod method,
        Money total,
        Money walletAmount,
        @Nullable String promoCode,
        @Nullable Money discount,
        @Nullable Money itemsTotal) {}
