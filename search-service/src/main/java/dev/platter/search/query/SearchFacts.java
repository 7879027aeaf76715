package dev.platter.search.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import dev.platter.search.config.SearchProperties;
import dev.platter.search.index.SearchIndex;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The distinct delivery radii and time zones in the index, kept for a short while. The minimal Elasticsearch
 * distribution has no scripting, so "delivers to me" is one exact clause per distinct radius (the restaurant's radius
 * is r and it lies within r of me) and "open now" one clause per zone (its local minute of the week is in its hours).
 * A radius or zone that first appears is matched once the facts are read again (after {@code facts-ttl}): until then
 * such a restaurant is left out, never shown where it does not deliver.
 */
@Component
public class SearchFacts {

    private static final int MAX_DISTINCT = 2_000;

    /** What the index holds, as read at {@code readAt}. */
    public record Facts(List<Integer> radii, List<String> zones, Instant readAt) {}

    private final ElasticsearchClient client;
    private final SearchIndex index;
    private final SearchProperties properties;
    private final Clock clock;
    private volatile Facts facts = new Facts(List.of(), List.of(), Instant.EPOCH);

    SearchFacts(ElasticsearchClient client, SearchIndex index, SearchProperties properties, Clock clock) {
        this.client = client;
        this.index = index;
        this.properties = properties;
        this.clock = clock;
    }

    public Facts current() {
        var now = clock.instant();
        var held = facts;
        if (held.readAt().plus(properties.factsTtl()).isAfter(now)) {
            return held;
        }
        var response = SearchIndex.call(() -> client.search(
                search -> search.index(index.alias())
                        .size(0)
                        .query(query ->
                                query.term(term -> term.field("published").value(true)))
                        .aggregations(Map.of(
                                "radii",
                                Aggregation.of(agg -> agg.terms(terms ->
                                        terms.field("delivery_radius_metres").size(MAX_DISTINCT))),
                                "zones",
                                Aggregation.of(agg -> agg.terms(
                                        terms -> terms.field("zone_id").size(MAX_DISTINCT))))),
                Void.class));
        var radii = response.aggregations().get("radii").lterms().buckets().array().stream()
                .map(LongTermsBucket::key)
                .map(Long::intValue)
                .toList();
        var zones = response.aggregations().get("zones").sterms().buckets().array().stream()
                .map(StringTermsBucket::key)
                .map(key -> key.stringValue())
                .toList();
        var read = new Facts(radii, zones, now);
        facts = read;
        return read;
    }

    /** Forgets what was read (tests that add a restaurant with a new radius, rebuilds). */
    public void forget() {
        facts = new Facts(List.of(), List.of(), Instant.EPOCH);
    }
}
