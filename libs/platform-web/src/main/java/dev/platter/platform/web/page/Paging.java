package dev.platter.platform.web.page;

import java.util.function.Function;
import org.springframework.data.domain.Page;

/** Turns a Spring Data page into the one list shape (for services on Spring Data). */
public final class Paging {

    private Paging() {}

    public static <T, R> PageResponse<R> response(Page<T> page, Function<? super T, ? extends R> mapper) {
        return PageResponse.of(
                page.getContent().stream().<R>map(mapper).toList(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements());
    }
}
