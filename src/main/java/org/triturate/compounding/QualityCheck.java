package org.triturate.compounding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One quality-control check of a preparation and its result, e.g. {@code {"check": "weight variation", "result": "PASS"}}. */
public record QualityCheck(
        @NotBlank @Size(max = 200) String check, @NotNull Result result) {

    public enum Result {
        PASS,
        FAIL
    }
}
