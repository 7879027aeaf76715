package dev.platter.restaurant.restaurant;

import dev.platter.restaurant.config.JsonColumn;
import jakarta.persistence.Converter;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.core.type.TypeReference;

/** The JSON columns of a restaurant. */
final class RestaurantColumns {

    private RestaurantColumns() {}

    @Converter
    static class Strings extends JsonColumn<List<String>> {
        Strings() {
            super(new TypeReference<>() {});
        }
    }

    @Converter
    static class Periods extends JsonColumn<List<OpeningPeriod>> {
        Periods() {
            super(new TypeReference<>() {});
        }
    }

    @Converter
    static class Dates extends JsonColumn<List<LocalDate>> {
        Dates() {
            super(new TypeReference<>() {});
        }
    }
}
