package org.triturate.catalog;

/** Whether the pharmacy may use components from a supplier. */
public enum SupplierStatus {
    APPROVED,
    SUSPENDED
}
