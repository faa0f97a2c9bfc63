package org.triturate.common.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.function.Function;

/** Runs a Panache query for one page of a list, optionally mapping its rows. */
public final class Pages {

    private Pages() {}

    public static <E> PageResponse<E> of(PanacheQuery<E> query, PageRequest page) {
        return of(query, page, Function.identity());
    }

    public static <E, V> PageResponse<V> of(PanacheQuery<E> query, PageRequest page, Function<E, V> view) {
        long total = query.count();
        return new PageResponse<>(
                query
                        .range(Math.toIntExact(page.offset()), Math.toIntExact(page.offset() + page.size() - 1))
                        .list()
                        .stream()
                        .map(view)
                        .toList(),
                page.page(),
                page.size(),
                total);
    }
}
