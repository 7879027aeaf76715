package dev.platter.search.index;

import dev.platter.search.catalogue.Catalogue;
import dev.platter.search.catalogue.CatalogueEntry;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes catalogue changes to the index after they are committed. When Elasticsearch is down the change stays marked
 * as not yet indexed and {@link IndexMaintenance} writes it once Elasticsearch is back, so no event is lost to an
 * outage (and none goes to a dead-letter topic for it).
 */
@Component
public class IndexWriter {

    private static final Logger log = LoggerFactory.getLogger(IndexWriter.class);

    private final Catalogue catalogue;
    private final SearchIndex index;

    IndexWriter(Catalogue catalogue, SearchIndex index) {
        this.catalogue = catalogue;
        this.index = index;
    }

    /** Writes the current state of these restaurants; best effort (the sweeper retries what fails). */
    public void written(Collection<UUID> restaurantIds) {
        if (restaurantIds.isEmpty()) {
            return;
        }
        try {
            write(restaurantIds.stream()
                    .map(catalogue::find)
                    .flatMap(Optional::stream)
                    .toList());
        } catch (SearchUnavailable e) {
            log.warn("Index not written now, the sweeper retries: {}", String.valueOf(e.getCause()));
        }
    }

    void write(List<CatalogueEntry> entries) {
        index.write(entries);
        for (var entry : entries) {
            catalogue.indexed(entry.restaurantId(), entry.revision());
        }
    }
}
