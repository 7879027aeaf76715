package dev.platter.search.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dev.platter.platform.web.page.PageResponse;
import dev.platter.search.config.SearchProperties;
import dev.platter.search.index.SearchIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code GET /api/v1/search/dishes}: dishes matching the text from restaurants that deliver to the customer, best
 * match first. The best-matching {@link #RESTAURANT_WINDOW} restaurants are asked for their matching dishes, which are
 * then ranked together.
 */
@Component
class DishSearch {

    static final int RESTAURANT_WINDOW = 50;
    static final int DISHES_PER_RESTAURANT = 20;

    /** A dish in results, with the restaurant it is from. */
    record DishResult(
            RestaurantHit.DishHit dish,
            UUID restaurantId,
            String restaurantName,
            @Nullable Long distanceMetres,
            @Nullable Integer estimatedDeliveryMinutes,
            double score) {}

    private final ElasticsearchClient client;
    private final SearchIndex index;
    private final SearchFacts facts;
    private final SearchProperties properties;
    private final java.time.Clock clock;

    DishSearch(
            ElasticsearchClient client,
            SearchIndex index,
            SearchFacts facts,
            SearchProperties properties,
            java.time.Clock clock) {
        this.client = client;
        this.index = index;
        this.facts = facts;
        this.properties = properties;
        this.clock = clock;
    }

    PageResponse<DishResult> search(
            String text, Location at, boolean vegOnly, @Nullable Long maxPriceMinor, int page, int size) {
        var dishFilters = new ArrayList<Query>();
        if (vegOnly) {
            dishFilters.add(
                    Query.of(q -> q.term(term -> term.field("dishes.veg").value(true))));
        }
        if (maxPriceMinor != null) {
            dishFilters.add(Query.of(q -> q.range(range ->
                    range.number(number -> number.field("dishes.price_minor").lte(maxPriceMinor.doubleValue())))));
        }
        var dishQuery =
                Query.of(q -> q.bool(bool -> bool.must(Queries.dishText(text)).filter(dishFilters)));
        var query = Query.of(q -> q.bool(bool -> bool.filter(Queries.published())
                .filter(Queries.deliverable(at, facts.current().radii()))
                .must(Queries.dishes(dishQuery, DISHES_PER_RESTAURANT))));
        var now = clock.instant();
        var response = SearchIndex.call(() -> client.search(
                search -> search.index(index.alias())
                        .query(query)
                        .size(RESTAURANT_WINDOW)
                        .source(source -> source.filter(filter -> filter.excludes(Queries.HEAVY_FIELDS))),
                Map.class));
        var results = new ArrayList<DishResult>();
        for (var hit : response.hits().hits()) {
            if (hit.source() == null) {
                continue;
            }
            var restaurant = Hits.restaurant(hit, at, now, properties.riderMetresPerMinute());
            var inner = hit.innerHits().get("dishes");
            if (inner == null) {
                continue;
            }
            var currency = Hits.string(hit.source(), "currency", "");
            for (var dishHit : inner.hits().hits()) {
                if (dishHit.source() != null) {
                    results.add(new DishResult(
                            Hits.dish(dishHit.source(), currency),
                            restaurant.id(),
                            restaurant.name(),
                            restaurant.distanceMetres(),
                            restaurant.estimatedDeliveryMinutes(),
                            dishHit.score() == null ? 0 : dishHit.score()));
                }
            }
        }
        results.sort(Comparator.comparingDouble(DishResult::score)
                .reversed()
                .thenComparing(result -> result.distanceMetres() == null ? Long.MAX_VALUE : result.distanceMetres()));
        int from = Math.min(results.size(), page * size);
        int to = Math.min(results.size(), from + size);
        return PageResponse.of(results.subList(from, to), page, size, results.size());
    }
}
