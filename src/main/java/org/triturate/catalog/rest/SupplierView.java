package org.triturate.catalog.rest;

import org.triturate.catalog.Supplier;
import org.triturate.catalog.SupplierStatus;

public record SupplierView(long id, String name, boolean fdaRegistered, SupplierStatus status, long version) {

    public static SupplierView of(Supplier supplier) {
        return new SupplierView(supplier.id, supplier.name, supplier.fdaRegistered, supplier.status, supplier.version);
    }
}
