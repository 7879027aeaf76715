package dev.platter.analytics.ingest;

import dev.platter.analytics.restaurant.RestaurantReplica;
import dev.platter.platform.events.PlatterEvent;
import dev.platter.platform.events.delivery.RiderEvent;
import dev.platter.platform.events.restaurant.RestaurantUpserted;
import dev.platter.platform.web.inbox.Inbox;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handles one event, once: inbox, facts and the rollups they touch in one transaction. Writers take one advisory
 * lock, so rollups recomputed by concurrent transactions (another instance, a replay) always see each other's facts.
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
    private final Counter applied;

    Ingestion(
            Inbox inbox,
            JdbcTemplate jdbc,
            OrderFacts orders,
            RiderShifts riders,
            RestaurantReplica restaurants,
            MeterRegistry meters) {
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.orders = orders;
        this.riders = riders;
        this.restaurants = restaurants;
        this.applied = Counter.builder("platter.analytics.events.applied")
                .description("Events applied to the facts")
                .register(meters);
    }

    @Transactional
    public void handle(PlatterEvent event) {
        lockWriters();
        if (inbox.handleOnce(CONSUMER, event, () -> apply(event))) {
            applied.increment();
        }
    }

    void lockWriters() {
        jdbc.execute("select pg_advisory_xact_lock(" + WRITE_LOCK + ")");
    }

    private void apply(PlatterEvent event) {
        if (event instanceof RestaurantUpserted upserted) {
            restaurants.on(upserted);
        } else if (event instanceof RiderEvent rider) {
            riders.on(rider);
        } else {
            // menus, availability, reviews and the like are not analytics' concern; OrderFacts ignores them
            orders.on(event);
        }
    }
}
