package dev.platter.platform.web.page;

import java.util.List;
import java.util.function.Function;

/**
 * The one shape of a paged list, in every service: the items of one page, which page it is (from 0), the page size
 * asked for, and how many items and pages there are in all.
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    /** The largest page size any list answers with. */
    public static final int MAX_SIZE = 100;

    public PageResponse {
        items = List.copyOf(items);
    }

    public static <T> PageResponse<T> of(List<T> items, int page, int size, long totalItems) {
        int totalPages = size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
        return new PageResponse<>(items, page, size, totalItems, totalPages);
    }

    public <R> PageResponse<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResponse<>(items.stream().<R>map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
