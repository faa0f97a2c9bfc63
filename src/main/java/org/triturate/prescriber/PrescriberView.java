package org.triturate.prescriber;

import java.util.List;

/** A prescriber as the API shows it and as the audit trail keeps each change of it. */
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
