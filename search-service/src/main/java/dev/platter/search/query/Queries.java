package dev.platter.search.query;

import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.InnerHits;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** The query clauses searches share, for the mapping in {@code restaurants-v1.json}. */
public final class Queries {

    static final int MINUTES_PER_DAY = 24 * 60;

    /** Restaurant fields a text query matches forgiving typos, with their weights. */
    static final List<String> RESTAURANT_FUZZY_FIELDS = List.of("name^3", "cuisines^2");

    /** Restaurant fields a text query matches as typed: word pairs of the name, the description. */
    static final List<String> RESTAURANT_EXACT_FIELDS = List.of("name.shingles^1.5", "description^0.3");

    /** Dish fields a text query matches forgiving typos. */
    static final List<String> DISH_FUZZY_FIELDS = List.of("dishes.name^2");

    /** Dish fields a text query matches as typed. */
    static final List<String> DISH_EXACT_FIELDS =
            List.of("dishes.name.shingles", "dishes.category^0.5", "dishes.description^0.2");

    /** Fields results never show, left out of every hit's source: the dishes (inner hits show those) and suggestions. */
    public static final List<String> HEAVY_FIELDS =
            List.of("dishes", "suggest_restaurant", "suggest_dish", "suggest_cuisine");

    private static final List<String> DISH_SOURCE = List.of(
            "dishes.id",
            "dishes.name",
            "dishes.price_minor",
            "dishes.veg",
            "dishes.available",
            "dishes.category",
            "dishes.popularity");

    private Queries() {}

    public static Query published() {
        return Query.of(query -> query.term(term -> term.field("published").value(true)));
    }

    /** Restaurants whose own delivery radius reaches {@code at}: one exact clause per distinct radius. */
    public static Query deliverable(Location at, List<Integer> radii) {
        if (radii.isEmpty()) {
            return Query.of(query -> query.matchNone(none -> none));
        }
        var clauses = new ArrayList<Query>();
        for (int radius : radii) {
            clauses.add(Query.of(query -> query.bool(bool -> bool.filter(filter -> filter.term(
                            term -> term.field("delivery_radius_metres").value(radius)))
                    .filter(filter -> filter.geoDistance(geo -> geo.field("location")
                            .distance(radius + "m")
                            .location(point ->
                                    point.latlon(latLon -> latLon.lat(at.lat()).lon(at.lon()))))))));
        }
        return Query.of(query -> query.bool(bool -> bool.should(clauses).minimumShouldMatch("1")));
    }

    /** Restaurants open by their hours at {@code now} (in their own zone) and not paused. */
    public static Query openNow(List<String> zones, Instant now) {
        if (zones.isEmpty()) {
            return Query.of(query -> query.matchNone(none -> none));
        }
        var clauses = new ArrayList<Query>();
        for (var zone : zones) {
            double minute = minuteOfWeek(now, ZoneId.of(zone));
            clauses.add(Query.of(query -> query.bool(bool -> bool.filter(
                            filter -> filter.term(term -> term.field("zone_id").value(zone)))
                    .filter(filter -> filter.range(range -> range.number(
                            number -> number.field("open_minutes").gte(minute).lte(minute)))))));
        }
        return Query.of(query -> query.bool(bool -> bool.filter(
                        filter -> filter.bool(hours -> hours.should(clauses).minimumShouldMatch("1")))
                .filter(filter -> filter.bool(taking -> taking.should(should -> should.term(
                                term -> term.field("accepting_orders").value(true)))
                        .should(should -> should.range(range ->
                                range.date(date -> date.field("paused_until").lte(now.toString()))))
                        .minimumShouldMatch("1")))));
    }

    static int minuteOfWeek(Instant now, ZoneId zone) {
        var local = ZonedDateTime.ofInstant(now, zone);
        return (local.getDayOfWeek().getValue() - 1) * MINUTES_PER_DAY + local.getHour() * 60 + local.getMinute();
    }

    /**
     * Text over restaurant names and cuisines forgiving typos, plus word pairs of the name and the description as
     * typed (typo expansion stays on the short fields, where it is cheap).
     */
    static Query restaurantText(String text) {
        return text(text, RESTAURANT_FUZZY_FIELDS, RESTAURANT_EXACT_FIELDS);
    }

    /** Text over dish names forgiving typos, plus word pairs of the name, the category and description as typed. */
    static Query dishText(String text) {
        return text(text, DISH_FUZZY_FIELDS, DISH_EXACT_FIELDS);
    }

    private static Query text(String text, List<String> fuzzy, List<String> exact) {
        return Query.of(query -> query.bool(bool -> bool.should(should -> should.multiMatch(match ->
                        match.query(text).fields(fuzzy).fuzziness("AUTO").prefixLength(1)))
                .should(should -> should.multiMatch(match -> match.query(text).fields(exact)))
                .minimumShouldMatch("1")));
    }

    /** Dishes matching {@code dishQuery}, scored by the best of them, returned as inner hits ("why it matched"). */
    public static Query dishes(Query dishQuery, int innerHits) {
        return Query.of(query -> query.nested(nested -> nested.path("dishes")
                .query(dishQuery)
                .scoreMode(ChildScoreMode.Max)
                .innerHits(dishHits(innerHits))));
    }

    static InnerHits dishHits(int size) {
        return InnerHits.of(hits ->
                hits.name("dishes").size(size).source(source -> source.filter(filter -> filter.includes(DISH_SOURCE))));
    }
}
