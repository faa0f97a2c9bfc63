package org.triturate.common.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import java.sql.ResultSet;
import java.sql.Statement;
import org.hibernate.Session;

/**
 * Plain JDBC on the current transaction's connection, for the one-value reads of hot paths: Hibernate's query-plan
 * cache missed on every native query there (a third of a submission's CPU in JFR).
 */
public final class CurrentConnection {

    private CurrentConnection() {}

    /** The first column of the one row {@code sql} (a constant of ours, never user input) answers. */
    public static long selectLong(String sql) {
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery(sql)) {
                if (!row.next()) {
                    throw new IllegalStateException("no row for: " + sql);
                }
                return row.getLong(1);
            }
        });
    }
}
