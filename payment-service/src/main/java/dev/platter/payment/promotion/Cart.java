package dev.platter.payment.promotion;

import dev.platter.platform.events.Money;
import java.util.UUID;

/** What a promo code is judged against: who orders, where, and the items total before the discount. */
public record Cart(UUID customerId, UUID restaurantId, Money itemsTotal) {}
