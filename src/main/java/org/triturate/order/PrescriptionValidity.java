package org.triturate.order;

import java.time.LocalDate;
import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.RuleCode;

/**
 * How long a prescription may be filled: six months from the day the prescriber signed it when an active is
 * scheduled (21 CFR 1306.22, schedules III–IV), one year otherwise. Every stage from intake to dispensing judges
 * the same date, so an order cannot be compounded, released or handed out on an expired prescription.
 */
public final class PrescriptionValidity {

    private PrescriptionValidity() {}

    /** The last day the prescription written on {@code writtenOn} may be filled. */
    public static LocalDate expiresOn(LocalDate writtenOn, boolean controlled) {
        return controlled ? writtenOn.plusMonths(6) : writtenOn.plusYears(1);
    }

    /** PRESCRIPTION_EXPIRED when {@code today} is after {@code expiresOn}; valid through {@code expiresOn} inclusive. */
    public static List<Finding> judge(LocalDate expiresOn, LocalDate today) {
        return today.isAfter(expiresOn)
                ? List.of(Finding.block(
                        RuleCode.PRESCRIPTION_EXPIRED,
                        "writtenOn",
                        "The prescription expired on " + expiresOn + "; ask the prescriber for a new one"))
                : List.of(Finding.pass(RuleCode.PRESCRIPTION_EXPIRED, "Prescription valid through " + expiresOn));
    }
}
