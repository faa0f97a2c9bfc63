package org.triturate.common.persistence;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/** The optional filters of a list endpoint as one Panache query: a filter whose value is absent is left out. */
public final class QueryFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** Adds {@code condition} (which names {@code :name}) when {@code value} is present. */
    public QueryFilter and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.and(name, value);
        }
        return this;
    }

    /** Adds a case-insensitive "contains" condition on {@code column} when {@code text} is present. */
    public QueryFilter contains(String column, String name, String text) {
        return text == null
                ? this
                : and(
                        "lower(" + column + ") like :" + name + LikePattern.ESCAPE_CLAUSE,
                        name,
                        LikePattern.contains(text));
    }

    public String where() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Parameters parameters() {
        return parameters;
    }
}
