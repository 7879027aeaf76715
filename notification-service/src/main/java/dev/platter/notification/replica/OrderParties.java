package dev.platter.notification.replica;

import dev.platter.platform.events.order.OrderEvent;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** orderId → customer and restaurant, from any order event (each names both), so subscriptions can be checked. */
@Repository
public class OrderParties {

    /** Who an order belongs to. */
    public record Parties(UUID orderId, UUID customerId, UUID restaurantId) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    OrderParties(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void remember(OrderEvent event) {
        jdbc.sql(
                        """
                        insert into order_party (order_id, customer_id, restaurant_id, created_at) values (?, ?, ?, ?)
                        on conflict (order_id) do nothing
                        """)
                .params(event.orderId(), event.customerId(), event.restaurantId(), Timestamp.from(clock.instant()))
                .update();
    }

    public Optional<Parties> find(UUID orderId) {
        return jdbc.sql("select order_id, customer_id, restaurant_id from order_party where order_id = ?")
                .param(orderId)
                .query((rs, row) -> new Parties(
                        rs.getObject("order_id", UUID.class),
                        rs.getObject("customer_id", UUID.class),
                        rs.getObject("restaurant_id", UUID.class)))
                .optional();
    }
}
