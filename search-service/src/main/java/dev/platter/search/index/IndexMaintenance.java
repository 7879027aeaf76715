package dev.platter.search.index;

import dev.platter.platform.web.deadline.Deadlines;
import dev.platter.search.catalogue.Catalogue;
import dev.platter.search.catalogue.CatalogueEntry;
import dev.platter.search.catalogue.Dish;
import dev.platter.search.catalogue.Profile;
import dev.platter.search.catalogue.Snapshot;
import dev.platter.search.config.SearchProperties;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the index there and whole: creates it on first start, rebuilds it when its mapping version is not the code's,
 * writes what an outage kept from it, and rebuilds it on request from restaurant-service's export.
 *
 * <p>A rebuild writes a new index and then moves the alias in one atomic step, so searches never see a half-built
 * index. While it runs, every change is written to the new index as well (the build is recorded in the database for
 * all instances), and its copy of the catalogue starts only after that is in place: a change is in the new index
 * either by that write or by the copy, and external versions keep whichever is newer.
 */
@Component
public class IndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);
    private static final int BATCH = 500;

    private final SearchIndex index;
    private final IndexWriter writer;
    private final Catalogue catalogue;
    private final RestaurantExport export;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SearchProperties properties;
    private final Deadlines deadlines;
    private final TransactionTemplate transactions;
    private final AtomicBoolean ready = new AtomicBoolean();

    IndexMaintenance(
            SearchIndex index,
            IndexWriter writer,
            Catalogue catalogue,
            RestaurantExport export,
            JdbcTemplate jdbc,
            Clock clock,
            SearchProperties properties,
            Deadlines deadlines,
            PlatformTransactionManager transactionManager) {
        this.index = index;
        this.writer = writer;
        this.catalogue = catalogue;
        this.export = export;
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.deadlines = deadlines;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What a rebuild did. */
    public record Rebuilt(String index, @Nullable String previous, int exported, int changed, int copied) {}

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        sweep();
    }

    /** Makes sure the index is there, then writes what is not yet indexed. */
    @Scheduled(
            fixedDelayString = "${platter.search.sweep-interval}",
            initialDelayString = "${platter.search.sweep-interval}")
    public void sweep() {
        try {
            if (!ready.get()) {
                ensureIndex();
                ready.set(true);
            }
            List<CatalogueEntry> batch;
            do {
                batch = catalogue.unindexed(BATCH);
                writer.write(batch);
            } while (batch.size() == BATCH);
        } catch (SearchUnavailable e) {
            log.warn("Elasticsearch unavailable, retrying later: {}", String.valueOf(e.getCause()));
        }
    }

    private void ensureIndex() {
        var current = index.aliasedIndex();
        if (current.isEmpty()) {
            var initial = index.initialIndex();
            index.create(initial);
            if (index.aliasedIndex().isEmpty()) {
                index.point(Optional.empty(), initial);
            }
            log.info("Index {} serves alias {}", initial, index.alias());
        } else if (SearchIndex.mappingVersionOf(current.get()) != SearchIndex.MAPPING_VERSION) {
            log.info("Index {} is not of mapping version {}: rebuilding", current.get(), SearchIndex.MAPPING_VERSION);
            rebuild(false);
        }
    }

    /** Rebuilds the index from restaurant-service's export, merged into the catalogue, without downtime. */
    public Rebuilt rebuildFromExport() {
        return rebuild(true);
    }

    private Rebuilt rebuild(boolean fromExport) {
        var target = index.newIndex();
        try {
            jdbc.update(
                    "insert into index_builds (alias, building_index, started_at) values (?, ?, ?)",
                    index.alias(),
                    target,
                    Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException e) {
            throw new RebuildInProgress(index.building().orElse(target));
        }
        try {
            index.create(target);
            int exported = 0;
            int changed = 0;
            if (fromExport) {
                int page = 0;
                ExportedRestaurant.Page answer;
                do {
                    answer = export.page(page++, properties.exportPageSize());
                    var merged = new ArrayList<UUID>();
                    for (var restaurant : answer.items()) {
                        exported++;
                        if (catalogue.merge(snapshot(restaurant))) {
                            merged.add(restaurant.restaurant().id());
                        }
                    }
                    changed += merged.size();
                    writer.written(merged);
                } while (page < answer.totalPages());
            }
            int copied = 0;
            UUID after = null;
            List<CatalogueEntry> batch;
            do {
                batch = catalogue.page(after, BATCH);
                index.writeTo(target, batch);
                copied += batch.size();
                if (!batch.isEmpty()) {
                    after = batch.get(batch.size() - 1).restaurantId();
                }
            } while (batch.size() == BATCH);
            var previous = index.aliasedIndex();
            index.point(previous, target);
            transactions.executeWithoutResult(done -> {
                jdbc.update("delete from index_builds where alias = ?", index.alias());
                // deleting the replaced index at once would fail the searches that resolved the alias to it a moment
                // before the switch and still run on it: it goes once its grace period is over
                previous.filter(old -> !old.equals(target))
                        .ifPresent(old -> deadlines.schedule(
                                RetiredIndexes.KIND, old, clock.instant().plus(properties.retiredIndexGrace())));
            });
            log.info("Rebuilt {}: {} exported, {} changed, {} copied", target, exported, changed, copied);
            return new Rebuilt(target, previous.orElse(null), exported, changed, copied);
        } catch (RuntimeException e) {
            jdbc.update("delete from index_builds where alias = ?", index.alias());
            try {
                index.delete(target);
            } catch (SearchUnavailable cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    static Snapshot snapshot(ExportedRestaurant exported) {
        var restaurant = exported.restaurant();
        var profile = new Profile(
                restaurant.name(),
                restaurant.description(),
                restaurant.cuisines(),
                restaurant.address().city(),
                restaurant.address().location().lat(),
                restaurant.address().location().lon(),
                restaurant.zoneId(),
                restaurant.currency(),
                restaurant.deliveryRadiusMetres(),
                restaurant.minimumOrder().amountMinor(),
                restaurant.averagePrepMinutes(),
                restaurant.openingHours().stream()
                        .map(period -> new Profile.Period(period.day(), period.opens(), period.closes()))
                        .toList(),
                "PUBLISHED".equals(restaurant.status()),
                restaurant.imageUrls().isEmpty() ? null : restaurant.imageUrls().get(0));
        var dishes = exported.menu().categories().stream()
                .flatMap(category -> category.items().stream()
                        .map(item -> Dish.of(
                                item.id(),
                                item.name(),
                                item.description(),
                                category.name(),
                                item.price().amountMinor(),
                                item.available(),
                                item.dietaryTags(),
                                item.imageUrl())))
                .toList();
        return new Snapshot(
                restaurant.id(),
                profile,
                restaurant.version(),
                restaurant.acceptingOrders(),
                restaurant.acceptingOrders() ? null : restaurant.pausedUntil(),
                restaurant.version(),
                dishes,
                exported.menu().version(),
                restaurant.rating().average(),
                restaurant.rating().count());
    }
}
