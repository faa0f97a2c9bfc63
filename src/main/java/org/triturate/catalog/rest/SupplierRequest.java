package org.triturate.catalog.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.triturate.catalog.SupplierStatus;
import org.triturate.catalog.service.SupplierDetails;

public record SupplierRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull Boolean fdaRegistered,
        @NotNull SupplierStatus status) {

    public SupplierDetails toDetails() {
        return new SupplierDetails(name, fdaRegistered, status);
    }
}
