package org.triturate.prescriber.service;

import java.util.List;
import org.triturate.prescriber.DeaRegistration;
import org.triturate.prescriber.PrescriberStatus;
import org.triturate.prescriber.StateLicense;

/** What a prescriber is recorded with, when registered or replaced: the whole record with its lists. */
public record PrescriberDetails(
        String firstName,
        String lastName,
        String npi,
        PrescriberStatus status,
        List<DeaRegistration> deaRegistrations,
        List<StateLicense> licenses) {}
