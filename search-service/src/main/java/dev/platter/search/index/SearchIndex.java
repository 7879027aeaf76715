package dev.platter.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import dev.platter.search.catalogue.CatalogueEntry;
import dev.platter.search.config.ElasticsearchProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The restaurant index behind its alias. Searches read the alias; writes go to the alias and, while a rebuild runs,
 * to the index being built too (kept in the database, so every instance knows). Documents carry the catalogue revision
 * as an external version: Elasticsearch keeps the newest, whichever write arrives last.
 */
@Component
public class SearchIndex {

    /** The mapping and analysers in {@code elasticsearch/restaurants-v<N>.json}; raise it with a new file. */
    public static final int MAPPING_VERSION = 1;

    private static final Pattern VERSIONED_NAME = Pattern.compile(".*restaurants-v(\\d+)-\\d+$");

    private final ElasticsearchClient client;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String prefix;

    SearchIndex(ElasticsearchClient client, JdbcTemplate jdbc, Clock clock, ElasticsearchProperties properties) {
        this.client = client;
        this.jdbc = jdbc;
        this.clock = clock;
        this.prefix = properties.indexPrefix();
    }

    /** The alias every search reads. */
    public String alias() {
        return prefix + "restaurants";
    }

    /** The name of the first index of this mapping version (fixed, so instances starting together agree). */
    String initialIndex() {
        return prefix + "restaurants-v" + MAPPING_VERSION + "-0";
    }

    String newIndex() {
        return prefix + "restaurants-v" + MAPPING_VERSION + "-" + clock.millis();
    }

    static int mappingVersionOf(String index) {
        var matcher = VERSIONED_NAME.matcher(index);
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    /** Creates an index with the current mapping; false if it exists already. */
    boolean create(String index) {
        var mapping = new ClassPathResource("elasticsearch/restaurants-v" + MAPPING_VERSION + ".json");
        return call(() -> {
            try (var json = mapping.getInputStream()) {
                client.indices().create(create -> create.index(index).withJson(json));
                return true;
            } catch (ElasticsearchException e) {
                if ("resource_already_exists_exception".equals(e.error().type())) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** The index the alias points to, if there is one. */
    Optional<String> aliasedIndex() {
        return call(() -> {
            if (!client.indices().existsAlias(exists -> exists.name(alias())).value()) {
                return Optional.empty();
            }
            return client.indices().getAlias(get -> get.name(alias())).result().keySet().stream()
                    .findFirst();
        });
    }

    /** Points the alias at {@code index}, away from {@code previous} if given, in one atomic step. */
    void point(Optional<String> previous, String index) {
        call(() -> client.indices().updateAliases(update -> {
            previous.ifPresent(old -> update.actions(
                    action -> action.remove(remove -> remove.index(old).alias(alias()))));
            return update.actions(action -> action.add(add -> add.index(index).alias(alias())));
        }));
    }

    boolean exists(String index) {
        return call(() -> client.indices().exists(exists -> exists.index(index)).value());
    }

    void delete(String index) {
        call(() -> client.indices().delete(delete -> delete.index(index).ignoreUnavailable(true)));
    }

    /** Makes what was written visible to searches now (tests and rebuilds; Elasticsearch does it every second). */
    public void refresh() {
        call(() -> client.indices().refresh(refresh -> refresh.index(alias())));
    }

    /** The index a rebuild is writing, if one runs. */
    Optional<String> building() {
        return jdbc
                .queryForList("select building_index from index_builds where alias = ?", String.class, alias())
                .stream()
                .findFirst();
    }

    /** Writes the entries to the alias and to the index being built, if any. */
    void write(List<CatalogueEntry> entries) {
        var targets = new ArrayList<Target>();
        targets.add(new Target(alias(), true));
        building().ifPresent(index -> targets.add(new Target(index, false)));
        write(entries, targets);
    }

    /** Writes the entries to one concrete index (a rebuild's copy). */
    void writeTo(String index, List<CatalogueEntry> entries) {
        write(entries, List.of(new Target(index, false)));
    }

    private record Target(String name, boolean alias) {}

    private void write(List<CatalogueEntry> entries, List<Target> targets) {
        if (entries.isEmpty()) {
            return;
        }
        var operations = new ArrayList<BulkOperation>();
        for (var target : targets) {
            for (var entry : entries) {
                var document = Documents.of(entry);
                operations.add(BulkOperation.of(operation -> operation.index(index -> index.index(target.name())
                        .id(entry.restaurantId().toString())
                        .version(entry.revision())
                        .versionType(VersionType.External)
                        // never let a write to a missing alias create an index of that name
                        .requireAlias(target.alias())
                        .document(document))));
            }
        }
        var response = call(() -> client.bulk(bulk -> bulk.operations(operations)));
        for (var item : response.items()) {
            // 409: the index holds this revision or a newer one already
            if (item.error() != null && item.status() != 409) {
                throw new SearchUnavailable(new IllegalStateException("Could not index " + item.id() + " in "
                        + item.index() + ": " + item.error().reason()));
            }
        }
    }

    /** Runs a client call, turning every failure to reach or use Elasticsearch into {@link SearchUnavailable}. */
    public static <T> T call(ClientCall<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new SearchUnavailable(new UncheckedIOException(e));
        } catch (ElasticsearchException e) {
            throw new SearchUnavailable(e);
        } catch (RuntimeException e) {
            // the low-level client wraps what is not an IOException, e.g. a pool lease that timed out under load
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof IOException || cause instanceof TimeoutException) {
                    throw new SearchUnavailable(e);
                }
            }
            throw e;
        }
    }

    /** A call to the Elasticsearch client. */
    @FunctionalInterface
    public interface ClientCall<T> {
        T run() throws IOException;
    }
}
