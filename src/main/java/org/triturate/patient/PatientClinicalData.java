package org.triturate.patient;

import java.util.List;

/** What the order rules read of a patient: its address and allergies, read without loading the entity. */
public record PatientClinicalData(Address address, List<Allergy> allergies) {

    public PatientClinicalData {
        allergies = List.copyOf(allergies);
    }
}
