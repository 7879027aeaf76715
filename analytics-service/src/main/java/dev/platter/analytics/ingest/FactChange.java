package dev.platter.analytics.ingest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What one event says about an order, as an upsert of its fact row whose merge does not depend on arrival order:
 * a time keeps the earliest value reported, a description the first value known, and the assigned rider the one of
 * the newest assignment.
 */
final class FactChange {

    private enum Merge {
        EARLIEST,
        FIRST,
        NEWEST_ASSIGNMENT
    }

    private final UUID orderId;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Merge> merges = new LinkedHashMap<>();

    FactChange(UUID orderId) {
        this.orderId = orderId;
    }

    UUID orderId() {
        return orderId;
    }

    /** A description (restaurant, amounts, reasons): the first value known is kept. */
    FactChange value(String column, @Nullable Object value) {
        if (value != null) {
            values.put(
                    column,
                    value instanceof Enum<?> constant
                            ? constant.name()
                            : value instanceof Instant at ? Timestamp.from(at) : value);
            merges.put(column, Merge.FIRST);
        }
        return this;
    }

    /** When a step happened: the earliest report is kept (a repeated step does not move it). */
    FactChange time(String column, @Nullable Instant at) {
        if (at != null) {
            values.put(column, Timestamp.from(at));
            merges.put(column, Merge.EARLIEST);
        }
        return this;
    }

    /** The rider and ETA of an assignment: the assignment with the highest delivery version wins. */
    FactChange assignment(UUID riderId, Instant eta, long version) {
        values.put("assigned_rider_id", riderId);
        merges.put("assigned_rider_id", Merge.NEWEST_ASSIGNMENT);
        values.put("assigned_eta", Timestamp.from(eta));
        merges.put("assigned_eta", Merge.NEWEST_ASSIGNMENT);
        values.put("assigned_version", version);
        merges.put("assigned_version", Merge.NEWEST_ASSIGNMENT);
        return this;
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    /** The upsert, answering {@code returning} of the row as it is after it. */
    String sql(String returning) {
        var columns = new ArrayList<String>();
        columns.add("order_id");
        columns.addAll(values.keySet());
        var updates = new ArrayList<String>();
        merges.forEach((column, merge) -> updates.add(column + " = " + merged(column, merge)));
        return "insert into order_fact (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ") on conflict (order_id) do "
                + (updates.isEmpty() ? "nothing" : "update set " + String.join(", ", updates)) + " returning "
                + returning;
    }

    private static String merged(String column, Merge merge) {
        var current = "order_fact." + column;
        var incoming = "excluded." + column;
        return switch (merge) {
            case EARLIEST -> "least(" + current + ", " + incoming + ")";
            case FIRST -> "coalesce(" + current + ", " + incoming + ")";
            case NEWEST_ASSIGNMENT ->
                "version".equals(column.substring(column.indexOf('_') + 1))
                        ? "greatest(" + current + ", " + incoming + ")"
                        : "case when order_fact.assigned_version is null"
                                + " or excluded.assigned_version > order_fact.assigned_version then " + incoming
                                + " else " + current + " end";
        };
    }

    List<Object> arguments() {
        var arguments = new ArrayList<Object>();
        arguments.add(orderId);
        arguments.addAll(values.values());
        return arguments;
    }
}
