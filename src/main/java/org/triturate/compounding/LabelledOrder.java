package org.triturate.compounding;

import java.time.LocalDate;
import java.util.Map;
import org.triturate.common.config.TriturateConfig;
import org.triturate.formulation.MasterFormulation;
import org.triturate.order.CompoundingOrder;
import org.triturate.patient.Patient;
import org.triturate.prescriber.Prescriber;

/**
 * A released order with everything its dispensing label prints: the pharmacy, the patient, the prescriber, the
 * formulation's storage and auxiliary labels, each active's label name by ingredient id, the day the prescription
 * was filled and the federal caution (null when no active is scheduled).
 *
 * @param filledOn the day a pharmacist released the preparation, in the pharmacy's time zone: the prescription is
 *     filled and labelled then, so a label printed again later, after dispensing too, shows the same day
 */
public record LabelledOrder(
        TriturateConfig.Pharmacy pharmacy,
        CompoundingOrder order,
        Patient patient,
        Prescriber prescriber,
        MasterFormulation formulation,
        Map<Long, LabelName> activeNames,
        LocalDate filledOn,
        String federalCaution) {}
