package dev.platter.restaurant.review;

import dev.platter.platform.events.order.OrderDelivered;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Orders known to be delivered (from OrderDelivered): who may review which restaurant and rider. */
@Component
class DeliveredOrders {

    record DeliveredOrder(UUID orderId, UUID customerId, UUID restaurantId, UUID riderId) {}

    private final JdbcTemplate jdbc;

    DeliveredOrders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the delivery; false when it was known already. */
    boolean record(OrderDelivered delivered) {
        return jdbc.update(
                        """
                        insert into delivered_orders (order_id, customer_id, restaurant_id, rider_id, delivered_at)
                        values (?, ?, ?, ?, ?) on conflict do nothing
                        """,
                        delivered.orderId(),
                        delivered.customerId(),
                        delivered.restaurantId(),
                        delivered.riderId(),
                        Timestamp.from(delivered.occurredAt()))
                == 1;
    }

    Optional<DeliveredOrder> find(UUID orderId) {
        return jdbc
                .query(
                        "select order_id, customer_id, restaurant_id, rider_id from delivered_orders where order_id = ?",
                        (row, n) -> new DeliveredOrder(
                                row.getObject(1, UUID.class),
                                row.getObject(2, UUID.class),
                                row.getObject(3, UUID.class),
                                row.getObject(4, UUID.class)),
                        orderId)
                .stream()
                .findFirst();
    }
}
