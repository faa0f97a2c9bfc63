package org.triturate.compounding;

import java.util.Map;
import org.triturate.common.config.TriturateConfig;
import org.triturate.formulation.MasterFormulation;
import org.triturate.order.CompoundingOrder;
import org.triturate.patient.Patient;
import org.triturate.prescriber.Prescriber;

/**
 * A released order with everything its dispensing label prints: the pharmacy, the patient, the prescriber, the
 * formulation's storage and auxiliary labels, and the catalog name of each active by ingredient id.
 */
public record LabelledOrder(
        TriturateConfig.Pharmacy pharmacy,
        CompoundingOrder order,
        Patient patient,
        Prescriber prescriber,
        MasterFormulation formulation,
        Map<Long, String> activeNames) {}
