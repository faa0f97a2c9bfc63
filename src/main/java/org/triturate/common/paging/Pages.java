package org.triturate.common.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;

/** Runs a Panache query for one page of a list, optionally mapping its rows. */
public final class Pages {

    private Pages() {}

    public static <E> PageResponse<E> of(PanacheQuery<E> query, PageRequest page) {
        return of(query, page, Function.identity());
    }

    public static <E, V> PageResponse<V> of(PanacheQuery<E> query, PageRequest page, Function<E, V> view) {
        long total = query.count();
        return new PageResponse<>(rows(query, page).stream().map(view).toList(), page.page(), page.size(), total);
    }

    /** The rows of the page, without counting the query's matches. */
    public static <E> List<E> rows(PanacheQuery<E> query, PageRequest page) {
        return query.range(Math.toIntExact(page.offset()), Math.toIntExact(page.offset() + page.size() - 1))
                .list();
    }
}
