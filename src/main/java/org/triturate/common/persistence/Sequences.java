package org.triturate.common.persistence;

import io.quarkus.hibernate.orm.panache.Panache;

/** Database sequences: numbers unique across every service instance that shares the database. */
public final class Sequences {

    private Sequences() {}

    /** The next value of a sequence Liquibase created; the name is a constant of ours, never user input. */
    public static long next(String sequenceName) {
        Number next = (Number) Panache.getEntityManager()
                .createNativeQuery("select nextval(" + sequenceName + ")")
                .getSingleResult();
        return next.longValue();
    }
}
