package dev.platter.search.recommend;

import dev.platter.platform.events.order.OrderPlaced;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What each customer ordered, weighted by how often: cuisines, dish names and restaurants (from OrderPlaced). */
@Component
public class CustomerTastes {

    /** What a taste is of. */
    enum Kind {
        CUISINE,
        DISH,
        RESTAURANT
    }

    /** One taste and its weight. */
    record Taste(String taste, int weight) {}

    private static final int MAX_TASTE_LENGTH = 200;

    private final JdbcTemplate jdbc;

    CustomerTastes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Remembers an order: the restaurant's cuisines (as known now), its dishes by quantity, the restaurant. */
    public void record(OrderPlaced order, List<String> cuisines) {
        var at = Timestamp.from(order.occurredAt());
        for (var cuisine : cuisines) {
            add(order.customerId(), Kind.CUISINE, cuisine, 1, at);
        }
        for (var line : order.lines()) {
            add(order.customerId(), Kind.DISH, line.name(), line.quantity(), at);
        }
        add(order.customerId(), Kind.RESTAURANT, order.restaurantId().toString(), 1, at);
    }

    private void add(UUID customerId, Kind kind, String taste, int weight, Timestamp at) {
        jdbc.update(
                """
                insert into customer_tastes as t (customer_id, kind, taste, weight, last_ordered_at)
                values (?, ?, ?, ?, ?)
                on conflict (customer_id, kind, taste) do update
                    set weight = t.weight + excluded.weight,
                        last_ordered_at = greatest(t.last_ordered_at, excluded.last_ordered_at)
                """,
                customerId,
                kind.name(),
                taste.length() > MAX_TASTE_LENGTH ? taste.substring(0, MAX_TASTE_LENGTH) : taste,
                weight,
                at);
    }

    /** The customer's strongest tastes of a kind, strongest first. */
    List<Taste> top(UUID customerId, Kind kind, int limit) {
        return jdbc.query(
                """
                select taste, weight from customer_tastes where customer_id = ? and kind = ?
                order by weight desc, last_ordered_at desc limit ?
                """,
                (row, n) -> new Taste(row.getString(1), row.getInt(2)),
                customerId,
                kind.name(),
                limit);
    }
}
