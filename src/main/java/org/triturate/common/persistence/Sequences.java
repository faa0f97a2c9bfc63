package org.triturate.common.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import java.sql.ResultSet;
import java.sql.Statement;
import org.hibernate.Session;

/** Database sequences: numbers unique across every service instance that shares the database. */
public final class Sequences {

    private Sequences() {}

    /**
     * The next value of a sequence Liquibase created; the name is a constant of ours, never user input. Plain JDBC on
     * the transaction's connection: Hibernate's query-plan cache missed on every native query (measured with JFR).
     */
    public static long next(String sequenceName) {
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet next = statement.executeQuery("select nextval(" + sequenceName + ")")) {
                next.next();
                return next.getLong(1);
            }
        });
    }
}
