package org.triturate.catalog.service;

import org.triturate.catalog.SupplierStatus;

/** What a supplier is recorded with, when created or replaced. */
public record SupplierDetails(String name, boolean fdaRegistered, SupplierStatus status) {}
