package dev.platter.search.recommend;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldValueFactorModifier;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dev.platter.search.config.SearchProperties;
import dev.platter.search.index.SearchIndex;
import dev.platter.search.query.Hits;
import dev.platter.search.query.Location;
import dev.platter.search.query.Queries;
import dev.platter.search.query.RestaurantHit;
import dev.platter.search.query.SearchFacts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Recommendations for a customer: restaurants delivering to them that serve the cuisines and dishes of their past
 * orders (the dishes that match shown with each), and what is popular nearby. A customer without orders gets popular
 * nearby only.
 */
@Component
class Recommendations {

    static final int TASTES = 5;
    static final int MATCHED_DISHES = 3;

    /** What to show a customer. */
    record Recommended(List<RestaurantHit> forYou, List<RestaurantHit> popularNearby) {}

    private final ElasticsearchClient client;
    private final SearchIndex index;
    private final SearchFacts facts;
    private final CustomerTastes tastes;
    private final SearchProperties properties;
    private final Clock clock;

    Recommendations(
            ElasticsearchClient client,
            SearchIndex index,
            SearchFacts facts,
            CustomerTastes tastes,
            SearchProperties properties,
            Clock clock) {
        this.client = client;
        this.index = index;
        this.facts = facts;
        this.tastes = tastes;
        this.properties = properties;
        this.clock = clock;
    }

    Recommended recommend(UUID customerId, Location at, int size) {
        var nearby = Query.of(q -> q.bool(bool -> bool.filter(Queries.published())
                .filter(Queries.deliverable(at, facts.current().radii()))));
        var cuisines = tastes.top(customerId, CustomerTastes.Kind.CUISINE, TASTES);
        var dishes = tastes.top(customerId, CustomerTastes.Kind.DISH, TASTES);
        var forYou = cuisines.isEmpty() && dishes.isEmpty()
                ? List.<RestaurantHit>of()
                : forYou(nearby, cuisines, dishes, at, size);
        var popular = search(
                nearby,
                List.of(
                        SortOptions.of(sort ->
                                sort.field(field -> field.field("popularity").order(SortOrder.Desc))),
                        SortOptions.of(sort -> sort.field(
                                field -> field.field("rating_average").order(SortOrder.Desc)))),
                at,
                size);
        return new Recommended(forYou, popular);
    }

    private List<RestaurantHit> forYou(
            Query nearby,
            List<CustomerTastes.Taste> cuisines,
            List<CustomerTastes.Taste> dishes,
            Location at,
            int size) {
        var should = new ArrayList<Query>();
        for (var cuisine : cuisines) {
            should.add(Query.of(q -> q.term(
                    term -> term.field("cuisines.exact").value(cuisine.taste()).boost((float) cuisine.weight()))));
        }
        var dishQueries = new ArrayList<Query>();
        for (var dish : dishes) {
            dishQueries.add(Query.of(q -> q.match(
                    match -> match.field("dishes.name").query(dish.taste()).boost((float) dish.weight()))));
        }
        if (!dishQueries.isEmpty()) {
            should.add(Queries.dishes(
                    Query.of(q -> q.bool(bool -> bool.should(dishQueries).minimumShouldMatch("1"))), MATCHED_DISHES));
        }
        var query = Query.of(q -> q.functionScore(score -> score.query(inner ->
                        inner.bool(bool -> bool.filter(nearby).should(should).minimumShouldMatch("1")))
                .functions(function -> function.fieldValueFactor(factor -> factor.field("popularity")
                        .modifier(FieldValueFactorModifier.Log2p)
                        .missing(0.0)))));
        return search(
                query, List.of(SortOptions.of(sort -> sort.score(score -> score.order(SortOrder.Desc)))), at, size);
    }

    private List<RestaurantHit> search(Query query, List<SortOptions> sorts, Location at, int size) {
        var now = clock.instant();
        var response = SearchIndex.call(() -> client.search(
                search -> search.index(index.alias())
                        .query(query)
                        .sort(sorts)
                        .size(size)
                        .source(source -> source.filter(filter -> filter.excludes(Queries.HEAVY_FIELDS))),
                Map.class));
        return Hits.restaurants(response.hits().hits(), at, now, properties.riderMetresPerMinute());
    }
}
