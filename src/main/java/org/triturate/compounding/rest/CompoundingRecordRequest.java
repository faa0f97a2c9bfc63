package org.triturate.compounding.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.triturate.common.quantity.Quantity;
import org.triturate.compounding.CompoundingRecordDraft;
import org.triturate.compounding.CompoundingRecordDraft.ComponentUse;
import org.triturate.compounding.QualityCheck;

/** The body of POST /orders/{id}/compounding-record: what was made, from which lots, and what it yielded. */
public record CompoundingRecordRequest(
        @NotNull LocalDate compoundedOn,
        @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull ComponentRequest> components,
        @JsonProperty("yield") @NotNull Quantity batchYield,
        @Size(max = 50) List<@Valid @NotNull QualityCheck> qualityControl,
        @Size(max = 2000) String deviationNote) {

    public record ComponentRequest(
            @NotNull @Positive Long ingredientId,
            @NotNull @Positive Long supplierId,
            @NotBlank @Size(max = 64) String lotNumber,
            @NotNull LocalDate expiresOn,
            @NotNull Quantity quantityUsed) {

        ComponentUse use() {
            return new ComponentUse(ingredientId, supplierId, lotNumber, expiresOn, quantityUsed);
        }
    }

    public CompoundingRecordDraft draft() {
        return new CompoundingRecordDraft(
                compoundedOn,
                components.stream().map(ComponentRequest::use).toList(),
                batchYield,
                qualityControl,
                deviationNote);
    }
}
