package dev.platter.order.config;

import jakarta.persistence.AttributeConverter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a value object as JSON text in one column: an order's lines, totals, addresses and timeline. Subclasses
 * name the type; the JSON is what the value's records serialise to.
 */
public abstract class JsonColumn<T> implements AttributeConverter<T, String> {

    /** One mapper for columns; Java time types are built into Jackson 3. */
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final TypeReference<T> type;

    protected JsonColumn(TypeReference<T> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        return JSON.writeValueAsString(value);
    }

    @Override
    public T convertToEntityAttribute(String column) {
        return JSON.readValue(column, type);
    }
}
