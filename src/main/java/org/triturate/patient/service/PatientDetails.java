package org.triturate.patient.service;

import java.time.LocalDate;
import java.util.List;
import org.triturate.patient.Address;
import org.triturate.patient.Allergy;

/** What a patient is recorded with, when registered or replaced: the whole record with its allergies. */
public record PatientDetails(
        String firstName, String lastName, LocalDate birthDate, Address address, List<Allergy> allergies) {}
