package org.triturate.common.persistence;

/**
 * Numbers unique across every service instance and every node of a Galera cluster: each is the AUTO_INCREMENT value
 * of a new row in an allocation table (changelog 018). Inserts of new rows never conflict between nodes, and each
 * node takes its values from its own residue class, so no two transactions anywhere get the same number; on one
 * server the numbers are consecutive. A rolled-back transaction leaves a gap, as a sequence did.
 */
public enum NumberAllocation {
    ORDER("order_number"),
    FORMULATION_RECORD("formulation_record_number"),
    PREPARATION_LOT("preparation_lot_number"),
    /** Regimens' numbers (changelog 020). */
    REGIMEN("regimen_number");

    private final String sql;

    NumberAllocation(String table) {
        this.sql = "insert into " + table + " () values () returning value";
    }

    /** The next number, allocated in the current transaction. */
    public long next() {
        return CurrentConnection.selectLong(sql);
    }
}
