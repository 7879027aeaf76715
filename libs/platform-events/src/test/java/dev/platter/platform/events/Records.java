package dev.platter.platform.events;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/** Reflective helpers over records, for tests. */
final class Records {

    private Records() {}

    /** A copy of {@code record} with one component replaced, made through the canonical constructor. */
    @SuppressWarnings("unchecked")
    static <T extends Record> T with(T record, String component, @Nullable Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        if (Arrays.stream(components).noneMatch(c -> c.getName().equals(component))) {
            throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component " + component);
        }
        Object[] values = Arrays.stream(components)
                .map(c -> c.getName().equals(component) ? value : valueOf(record, c))
                .toArray();
        Class<?>[] types =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return (T) record.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static @Nullable Object valueOf(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Visits every component value of {@code record}, nested records and collection elements included, with its path
     * (e.g. {@code lines[1].unitPrice.currency}).
     */
    static void walk(Object value, String path, BiConsumer<String, @Nullable Object> visitor) {
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                String componentPath = path.isEmpty() ? component.getName() : path + "." + component.getName();
                Object componentValue = valueOf(record, component);
                visitor.accept(componentPath, componentValue);
                if (componentValue != null) {
                    walk(componentValue, componentPath, visitor);
                }
            }
        } else if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                walk(element, path + "[" + i++ + "]", visitor);
            }
        }
    }
}
