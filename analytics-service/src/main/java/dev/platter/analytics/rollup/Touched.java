package dev.platter.analytics.rollup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The buckets a batch of changed facts and shifts counts in, gathered so each is recomputed once, after all the
 * batch's changes, in the same transaction.
 */
public final class Touched {

    private final Set<OrderRollups.Slot> slots = new LinkedHashSet<>();
    private final Map<UUID, List<Span>> riderSpans = new LinkedHashMap<>();

    public void slot(OrderRollups.Slot slot) {
        slots.add(slot);
    }

    public void riderSpans(UUID riderId, Collection<Span> spans) {
        if (!spans.isEmpty()) {
            riderSpans.computeIfAbsent(riderId, id -> new ArrayList<>()).addAll(spans);
        }
    }

    public boolean isEmpty() {
        return slots.isEmpty() && riderSpans.isEmpty();
    }

    Set<OrderRollups.Slot> slots() {
        return slots;
    }

    /** Each rider's spans, widened to whole minutes, overlapping or adjacent ones merged. */
    Map<UUID, List<Span>> riderSpans() {
        var merged = new LinkedHashMap<UUID, List<Span>>();
        riderSpans.forEach((rider, spans) -> merged.put(rider, merge(spans)));
        return merged;
    }

    /** Spans widened to whole minutes, overlapping or adjacent ones merged, in time order. */
    static List<Span> merge(Collection<Span> spans) {
        var sorted = spans.stream()
                .map(span -> span.widenedTo(Grain.MINUTE))
                .sorted(Comparator.comparing(Span::from))
                .toList();
        var merged = new ArrayList<Span>();
        for (var span : sorted) {
            var last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !span.from().isAfter(last.to())) {
                Instant end = span.to().isAfter(last.to()) ? span.to() : last.to();
                merged.set(merged.size() - 1, new Span(last.from(), end));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }
}
