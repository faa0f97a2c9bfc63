package org.triturate.compounding.rule;

import java.time.LocalDate;

/** What the dispensing rules judge: the pharmacy's date and the released preparation. */
public record DispensingFacts(LocalDate today, String preparationLot, LocalDate beyondUseDate) {}
