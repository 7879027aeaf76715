package dev.platter.payment.payment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Orders known to have ended before their payment existed (the order and payment calls crossed). */
@Component
class EndedOrders {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    EndedOrders(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Serialises, per order, creating its payment and learning that it ended, for the rest of the transaction: the
     * second to come sees what the first did.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void lock(UUID orderId) {
        jdbc.queryForList(
                "select pg_advisory_xact_lock(?)",
                orderId.getMostSignificantBits() ^ orderId.getLeastSignificantBits());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(UUID orderId, String reason) {
        jdbc.update(
                "insert into ended_orders (order_id, reason, ended_at) values (?, ?, ?) on conflict do nothing",
                orderId,
                reason,
                Timestamp.from(clock.instant()));
    }

    boolean ended(UUID orderId) {
        var count = jdbc.queryForObject("select count(*) from ended_orders where order_id = ?", Integer.class, orderId);
        return count != null && count > 0;
    }
}
