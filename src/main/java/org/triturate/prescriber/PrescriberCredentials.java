package org.triturate.prescriber;

import java.util.List;

/** What the order rules read of a prescriber: its status, licences and DEA registrations, without the entity. */
public record PrescriberCredentials(
        PrescriberStatus status, List<StateLicense> licenses, List<DeaRegistration> deaRegistrations) {

    public PrescriberCredentials {
        licenses = List.copyOf(licenses);
        deaRegistrations = List.copyOf(deaRegistrations);
    }
}
