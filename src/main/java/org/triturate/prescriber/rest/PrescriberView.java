package org.triturate.prescriber.rest;

import java.util.List;
import org.triturate.prescriber.Prescriber;
import org.triturate.prescriber.PrescriberStatus;

public record PrescriberView(
        long id,
        String firstName,
        String lastName,
        String npi,
        PrescriberStatus status,
        List<DeaRegistrationDto> deaRegistrations,
        List<LicenseDto> licenses,
        long version) {

    public static PrescriberView of(Prescriber prescriber) {
        return new PrescriberView(
                prescriber.id,
                prescriber.firstName,
                prescriber.lastName,
                prescriber.npi,
                prescriber.status,
                prescriber.deaRegistrations.stream().map(DeaRegistrationDto::of).toList(),
                prescriber.licenses.stream().map(LicenseDto::of).toList(),
                prescriber.version);
    }
}
