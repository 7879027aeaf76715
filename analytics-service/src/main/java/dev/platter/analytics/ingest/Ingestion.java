package dev.platter.analytics.ingest;

import dev.platter.analytics.restaurant.RestaurantReplica;
import dev.platter.analytics.rollup.Rollups;
import dev.platter.analytics.rollup.Touched;
import dev.platter.platform.events.PlatterEvent;
import dev.platter.platform.events.delivery.RiderEvent;
import dev.platter.platform.events.restaurant.RestaurantUpserted;
import dev.platter.platform.web.inbox.Inbox;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a batch of events in one transaction: each event once (inbox) into the facts, then every bucket the batch
 * touched recomputed once. Writers take one advisory lock, so rollups recomputed by concurrent transactions (another
 * instance, a replay) always see each other's facts.
 */
@Service
class Ingestion {

    /** The inbox consumer name; a replay forgets its rows. */
    static final String CONSUMER = "analytics";

    /** The advisory lock every writer of derived state holds for its transaction. */
    static final long WRITE_LOCK = 0x616e616c79746963L;

    private final Inbox inbox;
    private final JdbcTemplate jdbc;
    private final OrderFacts orders;
    private final RiderShifts riders;
    private final RestaurantReplica restaurants;
    private final Rollups rollups;
    private final Counter applied;
    private final Timer applying;
    private final Timer refreshing;

    Ingestion(
            Inbox inbox,
            JdbcTemplate jdbc,
            OrderFacts orders,
            RiderShifts riders,
            RestaurantReplica restaurants,
            Rollups rollups,
            MeterRegistry meters) {
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.orders = orders;
        this.riders = riders;
        this.restaurants = restaurants;
        this.rollups = rollups;
        this.applied = Counter.builder("platter.analytics.events.applied")
                .description("Events applied to the facts")
                .register(meters);
        this.applying = Timer.builder("platter.analytics.batch.facts")
                .description("Applying a batch of events to the facts")
                .register(meters);
        this.refreshing = Timer.builder("platter.analytics.batch.rollups")
                .description("Recomputing the buckets a batch touched")
                .register(meters);
    }

    @Transactional
    public void handle(List<PlatterEvent> events) {
        lockWriters();
        var touched = new Touched();
        applying.record(() -> {
            for (var event : events) {
                if (inbox.handleOnce(CONSUMER, event, () -> apply(event, touched))) {
                    applied.increment();
                }
            }
        });
        refreshing.record(() -> rollups.refresh(touched));
    }

    void lockWriters() {
        jdbc.execute("select pg_advisory_xact_lock(" + WRITE_LOCK + ")");
    }

    private void apply(PlatterEvent event, Touched touched) {
        if (event instanceof RestaurantUpserted upserted) {
            restaurants.on(upserted);
        } else if (event instanceof RiderEvent rider) {
            riders.on(rider, touched);
        } else {
            // menus, availability, reviews and the like are not analytics' concern; OrderFacts ignores them
            orders.on(event, touched);
        }
    }
}
