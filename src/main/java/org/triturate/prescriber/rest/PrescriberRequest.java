package org.triturate.prescriber.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.triturate.prescriber.DeaRegistrationDto;
import org.triturate.prescriber.LicenseDto;
import org.triturate.prescriber.PrescriberStatus;
import org.triturate.prescriber.service.PrescriberDetails;

/** A prescriber as recorded (POST and PUT); absent lists mean no DEA registration and no licence. */
public record PrescriberRequest(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotNull String npi,
        @NotNull PrescriberStatus status,
        @Size(max = 60) List<@Valid @NotNull DeaRegistrationDto> deaRegistrations,
        @Size(max = 60) List<@Valid @NotNull LicenseDto> licenses) {

    public PrescriberDetails toDetails() {
        return new PrescriberDetails(
                firstName,
                lastName,
                npi,
                status,
                orNone(deaRegistrations).stream()
                        .map(DeaRegistrationDto::toEmbeddable)
                        .toList(),
                orNone(licenses).stream().map(LicenseDto::toEmbeddable).toList());
    }

    private static <T> List<T> orNone(List<T> items) {
        return items == null ? List.of() : items;
    }
}
