package dev.platter.search.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dev.platter.platform.web.page.PageResponse;
import dev.platter.search.config.SearchProperties;
import dev.platter.search.index.SearchIndex;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code GET /api/v1/search/restaurants}: text, filters, sorts, paging, and the dishes that matched. */
@Component
class RestaurantSearch {

    static final int MATCHED_DISHES = 3;

    /** Elasticsearch pages no deeper than this (index.max_result_window). */
    static final int MAX_RESULT_WINDOW = 10_000;

    private final ElasticsearchClient client;
    private final SearchIndex index;
    private final SearchFacts facts;
    private final SearchProperties properties;
    private final Clock clock;

    RestaurantSearch(
            ElasticsearchClient client,
            SearchIndex index,
            SearchFacts facts,
            SearchProperties properties,
            Clock clock) {
        this.client = client;
        this.index = index;
        this.facts = facts;
        this.properties = properties;
        this.clock = clock;
    }

    PageResponse<RestaurantHit> search(RestaurantCriteria criteria) {
        var at = criteria.at();
        var sort = criteria.sort();
        if ((sort == RestaurantCriteria.Sort.DISTANCE || sort == RestaurantCriteria.Sort.DELIVERY_TIME) && at == null) {
            throw new InvalidSearch("Sorting by " + sort.name().toLowerCase() + " needs lat and lon");
        }
        if ((long) (criteria.page() + 1) * criteria.size() > MAX_RESULT_WINDOW) {
            throw new InvalidSearch("Results go no deeper than " + MAX_RESULT_WINDOW + "; narrow the search");
        }
        var now = clock.instant();
        var query = query(criteria, now);
        var hasText = criteria.text() != null;
        if (sort == RestaurantCriteria.Sort.DELIVERY_TIME) {
            return byDeliveryTime(criteria, query);
        }
        var sorts = new ArrayList<SortOptions>();
        switch (sort) {
            case DISTANCE -> sorts.add(distance(at));
            case RATING -> {
                sorts.add(field("rating_average"));
                sorts.add(field("rating_count"));
            }
            default -> {
                if (!hasText) {
                    sorts.add(field("popularity"));
                    sorts.add(field("rating_average"));
                }
            }
        }
        if (hasText) {
            sorts.add(SortOptions.of(option -> option.score(score -> score.order(SortOrder.Desc))));
        }
        sorts.add(
                SortOptions.of(option -> option.field(field -> field.field("id").order(SortOrder.Asc))));
        var response = SearchIndex.call(() -> client.search(
                search -> search.index(index.alias())
                        .query(query)
                        .sort(sorts)
                        .from(criteria.page() * criteria.size())
                        .size(criteria.size())
                        .trackTotalHits(total -> total.enabled(true))
                        .source(source -> source.filter(filter -> filter.excludes(Queries.HEAVY_FIELDS))),
                Map.class));
        var items = Hits.restaurants(response.hits().hits(), at, now, properties.riderMetresPerMinute());
        long total = response.hits().total() == null
                ? items.size()
                : response.hits().total().value();
        return PageResponse.of(items, criteria.page(), criteria.size(), total);
    }

    /**
     * Without scripting the estimate cannot be sorted on in Elasticsearch: the nearest {@code delivery-time-window}
     * matches are ordered here by preparation plus riding time.
     */
    private PageResponse<RestaurantHit> byDeliveryTime(RestaurantCriteria criteria, Query query) {
        var at = criteria.at();
        var now = clock.instant();
        var response = SearchIndex.call(() -> client.search(
                search -> search.index(index.alias())
                        .query(query)
                        .sort(distance(at))
                        .size(properties.deliveryTimeWindow())
                        .source(source -> source.filter(filter -> filter.excludes(Queries.HEAVY_FIELDS))),
                Map.class));
        var all = Hits.restaurants(response.hits().hits(), at, now, properties.riderMetresPerMinute()).stream()
                .sorted(Comparator.comparing((RestaurantHit hit) -> hit.estimatedDeliveryMinutes() == null
                                ? Integer.MAX_VALUE
                                : hit.estimatedDeliveryMinutes())
                        .thenComparing(hit -> hit.distanceMetres() == null ? Long.MAX_VALUE : hit.distanceMetres()))
                .toList();
        int from = Math.min(all.size(), criteria.page() * criteria.size());
        int to = Math.min(all.size(), from + criteria.size());
        return PageResponse.of(all.subList(from, to), criteria.page(), criteria.size(), all.size());
    }

    Query query(RestaurantCriteria criteria, java.time.Instant now) {
        var filters = new ArrayList<Query>();
        filters.add(Queries.published());
        if (criteria.cuisine() != null) {
            filters.add(
                    Query.of(q -> q.term(term -> term.field("cuisines.exact").value(criteria.cuisine()))));
        }
        if (criteria.vegOnly()) {
            filters.add(Query.of(q -> q.term(term -> term.field("pure_veg").value(true))));
        }
        if (criteria.minRating() != null) {
            filters.add(Query.of(q -> q.range(range ->
                    range.number(number -> number.field("rating_average").gte(criteria.minRating())))));
        }
        if (!criteria.priceLevels().isEmpty()) {
            var levels = criteria.priceLevels().stream().map(FieldValue::of).toList();
            filters.add(
                    Query.of(q -> q.terms(terms -> terms.field("price_level").terms(values -> values.value(levels)))));
        }
        if (criteria.openNow()) {
            filters.add(Queries.openNow(facts.current().zones(), now));
        }
        if (criteria.at() != null && criteria.deliverableOnly()) {
            filters.add(Queries.deliverable(criteria.at(), facts.current().radii()));
        }
        var text = criteria.text();
        return Query.of(q -> q.bool(bool -> {
            bool.filter(filters);
            if (text != null) {
                bool.must(must -> must.bool(match -> match.should(Queries.restaurantText(text))
                        .should(Queries.dishes(Queries.dishText(text), MATCHED_DISHES))
                        .minimumShouldMatch("1")));
            }
            return bool;
        }));
    }

    private static SortOptions field(String name) {
        return SortOptions.of(option -> option.field(field -> field.field(name).order(SortOrder.Desc)));
    }

    static SortOptions distance(Location at) {
        return SortOptions.of(option -> option.geoDistance(geo -> geo.field("location")
                .location(point -> point.latlon(latLon -> latLon.lat(at.lat()).lon(at.lon())))
                .order(SortOrder.Asc)
                .unit(DistanceUnit.Meters)));
    }
}
