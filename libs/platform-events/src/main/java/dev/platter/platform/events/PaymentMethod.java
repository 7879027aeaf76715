package dev.platter.platform.events;

/** How the customer pays the part of an order not covered by their wallet. */
public enum PaymentMethod {
    /** A card, authorised at checkout and captured when the restaurant accepts. */
    CARD,
    /** Cash, collected by the rider on delivery. */
    CASH,
    /** The whole order is paid from the customer's Platter wallet. */
    WALLET
}
