package dev.platter.search.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.CompletionContext;
import co.elastic.clients.elasticsearch.core.search.FieldSuggester;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import dev.platter.search.index.SearchIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@code GET /api/v1/search/suggest}: as-you-type suggestions from completion fields (in-memory prefix automata,
 * fast enough for every keystroke), one typo forgiven, only published restaurants.
 */
@Component
class Suggestions {

    /** What the customer may mean: restaurants, dishes and cuisines starting with what they typed. */
    record Suggested(List<RestaurantSuggestion> restaurants, List<DishSuggestion> dishes, List<String> cuisines) {}

    record RestaurantSuggestion(UUID id, String name) {}

    /** A dish name, and one restaurant that has it. */
    record DishSuggestion(String name, UUID restaurantId, String restaurantName) {}

    private final ElasticsearchClient client;
    private final SearchIndex index;

    Suggestions(ElasticsearchClient client, SearchIndex index) {
        this.client = client;
        this.index = index;
    }

    Suggested suggest(String prefix, int size) {
        var response = SearchIndex.call(() -> client.search(
                search -> search.index(index.alias())
                        .size(0)
                        .source(source -> source.filter(filter -> filter.includes("id", "name")))
                        .suggest(suggest -> suggest.text(prefix)
                                .suggesters("restaurants", completion("suggest_restaurant", size))
                                .suggesters("dishes", completion("suggest_dish", size))
                                .suggesters("cuisines", completion("suggest_cuisine", size))),
                Map.class));
        var restaurants = new ArrayList<RestaurantSuggestion>();
        var dishes = new ArrayList<DishSuggestion>();
        var cuisines = new ArrayList<String>();
        for (var option : options(response.suggest().get("restaurants"))) {
            restaurants.add(new RestaurantSuggestion(
                    UUID.fromString(option.id()), Hits.string(option.source(), "name", option.text())));
        }
        for (var option : options(response.suggest().get("dishes"))) {
            dishes.add(new DishSuggestion(
                    option.text(), UUID.fromString(option.id()), Hits.string(option.source(), "name", "")));
        }
        for (var option : options(response.suggest().get("cuisines"))) {
            cuisines.add(option.text());
        }
        return new Suggested(restaurants, dishes, cuisines);
    }

    private record Option(String id, String text, Map<String, Object> source) {}

    @SuppressWarnings("unchecked")
    private static List<Option> options(List<Suggestion<Map>> suggestions) {
        var options = new ArrayList<Option>();
        if (suggestions == null) {
            return options;
        }
        for (var suggestion : suggestions) {
            for (var option : suggestion.completion().options()) {
                if (option.id() != null) {
                    options.add(new Option(
                            option.id(), option.text(), option.source() == null ? Map.of() : option.source()));
                }
            }
        }
        return options;
    }

    private static FieldSuggester completion(String field, int size) {
        return FieldSuggester.of(suggester -> suggester.completion(completion -> completion
                .field(field)
                .size(size)
                .skipDuplicates(true)
                .fuzzy(fuzzy -> fuzzy.fuzziness("AUTO").minLength(4).prefixLength(1))
                .contexts(
                        "visible",
                        List.of(CompletionContext.of(context -> context.context(value -> value.category("yes")))))));
    }
}
