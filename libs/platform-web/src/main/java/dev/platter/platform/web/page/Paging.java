package dev.platter.platform.web.page;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** Turns a Spring Data page, or one read by hand, into the platform's one list shape. */
public final class Paging {

    private Paging() {}

    public static <T, R> PageResponse<R> response(Page<T> page, Function<? super T, ? extends R> mapper) {
        return PageResponse.of(
                page.getContent().stream().<R>map(mapper).toList(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements());
    }

    public static <T> PageResponse<T> response(List<T> items, int page, int size, long total) {
        return PageResponse.of(items, page, size, total);
    }

    /** A page size within the platform's bounds. */
    public static int size(int requested) {
        return Math.max(1, Math.min(PageResponse.MAX_SIZE, requested));
    }
}
