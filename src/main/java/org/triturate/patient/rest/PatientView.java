package org.triturate.patient.rest;

import java.time.LocalDate;
import java.util.List;
import org.triturate.patient.Patient;

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
