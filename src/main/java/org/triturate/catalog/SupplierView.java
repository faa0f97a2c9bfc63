package org.triturate.catalog;

/** A supplier as the API shows it and as the audit trail keeps each change of it. */
public record SupplierView(long id, String name, boolean fdaRegistered, SupplierStatus status, long version) {

    public static SupplierView of(Supplier supplier) {
        return new SupplierView(supplier.id, supplier.name, supplier.fdaRegistered, supplier.status, supplier.version);
    }
}
