package org.triturate.compounding.rule;

import java.time.LocalDate;
import org.triturate.order.PrescriptionFill;

/** What the dispensing rules judge: the pharmacy's date, the released preparation and the prescription's expiry. */
public record DispensingFacts(
        LocalDate today, String preparationLot, LocalDate beyondUseDate, LocalDate prescriptionExpiresOn)
        implements PrescriptionFill {}
