package org.triturate.common.persistence;

/** Database sequences: numbers unique across every service instance that shares the database. */
public final class Sequences {

    private Sequences() {}

    /** The next value of a sequence Liquibase created; the name is a constant of ours, never user input. */
    public static long next(String sequenceName) {
        return CurrentConnection.selectLong("select nextval(" + sequenceName + ")");
    }
}
