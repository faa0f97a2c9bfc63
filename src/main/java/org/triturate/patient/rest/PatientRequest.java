package org.triturate.patient.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.triturate.patient.AddressDto;
import org.triturate.patient.AllergyDto;
import org.triturate.patient.service.PatientDetails;

/** A patient as registered (POST and PUT); an absent allergy list means no known allergy. */
public record PatientRequest(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotNull @PastOrPresent LocalDate birthDate,
        @NotNull @Valid AddressDto address,
        @Size(max = 100) List<@Valid @NotNull AllergyDto> allergies) {

    public PatientDetails toDetails() {
        return new PatientDetails(
                firstName,
                lastName,
                birthDate,
                address.toEmbeddable(),
                allergies == null
                        ? List.of()
                        : allergies.stream().map(AllergyDto::toEmbeddable).toList());
    }
}
