package org.triturate.patient;

import java.time.LocalDate;
import java.util.List;

/** A patient as the API shows it and as the audit trail keeps each change of it. */
public record PatientView(
        long id,
        String firstName,
        String lastName,
        LocalDate birthDate,
        AddressDto address,
        List<AllergyDto> allergies,
        long version) {

    public static PatientView of(Patient patient) {
        return new PatientView(
                patient.id,
                patient.firstName,
                patient.lastName,
                patient.birthDate,
                AddressDto.of(patient.address),
                patient.allergies.stream().map(AllergyDto::of).toList(),
                patient.version);
    }
}
