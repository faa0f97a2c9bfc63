package org.triturate.security;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** One endpoint of a role matrix test: the status each role gets, in the order of {@link Role#values()}. */
interface RoleTableRow {

    String method();

    String path();

    int[] statuses();

    /** One parameterized case per endpoint and role: method, path, role, expected status, the row itself. */
    static Stream<Arguments> cases(List<? extends RoleTableRow> rows) {
        return rows.stream()
                .flatMap(row -> Stream.of(Role.values())
                        .map(role ->
                                Arguments.of(row.method(), row.path(), role, row.statuses()[role.ordinal()], row)));
    }
}
