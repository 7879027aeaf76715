package dev.platter.delivery.dispatch;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The tip of a placed order, kept until its delivery is created (OrderAccepted does not carry it). */
@Entity
@Table(name = "order_tip")
class OrderTip {

    @Id
    private UUID orderId;

    private long tipMinor;

    private String currency;

    private Instant createdAt;

    protected OrderTip() {}

    OrderTip(UUID orderId, long tipMinor, String currency, Instant createdAt) {
        this.orderId = orderId;
        this.tipMinor = tipMinor;
        this.currency = currency;
        this.createdAt = createdAt;
    }

    long tipMinor() {
        return tipMinor;
    }

    String currency() {
        return currency;
    }
}
