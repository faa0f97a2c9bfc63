package org.triturate.order;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.ReleaseType;
import org.triturate.common.quantity.Quantity;

/**
 * What an order asks for: the content of a submission or an amendment, and a stored order read back (approval runs
 * the intake rules again on it). What a rule needs but is missing (an ingredient id, the rationale's text,
 * consent) stays null here: the rules report it with their own code.
 *
 * @param releaseType       IMMEDIATE when none was given
 * @param excludedAllergens the exclusions as the prescriber asked for them
 * @param consent           null when none was given
 * @param writtenOn         the day the prescriber signed; null when not given (intake takes today)
 */
public record OrderContent(
        DosageForm dosageForm,
        ReleaseType releaseType,
        List<Active> actives,
        Set<AllergenClass> excludedAllergens,
        Quantity quantity,
        Quantity doseAmount,
        int timesPerDay,
        String directions,
        Integer daysSupply,
        int refills,
        Set<RationaleCategory> rationaleCategories,
        String rationaleText,
        Consent consent,
        LocalDate reassessBy,
        LocalDate writtenOn) {

    public OrderContent {
        releaseType = releaseType == null ? ReleaseType.IMMEDIATE : releaseType;
        actives = List.copyOf(actives);
        excludedAllergens = AllergenClass.setOf(excludedAllergens);
        rationaleCategories = rationaleCategories.isEmpty()
                ? EnumSet.noneOf(RationaleCategory.class)
                : EnumSet.copyOf(rationaleCategories);
    }

    /** One active as ordered; {@code ingredientId} may name no ingredient. */
    public record Active(Long ingredientId, Quantity strength) {}

    /** The patient's informed consent; a flag that was not given is null. */
    public record Consent(Boolean obtained, Boolean alternativesDiscussed, LocalDate date) {}

    /** The content of a stored order, exactly as a submission of it would read. */
    public static OrderContent of(CompoundingOrder order) {
        return new OrderContent(
                order.dosageForm,
                order.releaseType,
                order.actives.stream()
                        .map(active -> new Active(active.ingredientId, active.strength()))
                        .toList(),
                order.requestedExclusions,
                order.quantity(),
                order.doseAmount(),
                order.timesPerDay,
                order.directions,
                order.daysSupply,
                order.refills,
                order.rationaleCategories,
                order.rationaleText,
                new Consent(order.consentObtained, order.consentAlternativesDiscussed, order.consentDate),
                order.reassessBy,
                order.writtenOn);
    }
}
