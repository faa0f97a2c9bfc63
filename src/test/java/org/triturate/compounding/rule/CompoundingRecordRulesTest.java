package org.triturate.compounding.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.RuleCode;
import org.triturate.common.rule.Verdict;
import org.triturate.compounding.rule.CompoundingFacts.UsedComponent;

class CompoundingRecordRulesTest {

    @Test
    void theContractsRecordPasses() {
        assertTrue(CompoundingRecordRules.ALL.check(Records.record().build()).passed());
    }

    @Test
    void anExpiredPrescriptionAndAShortYieldAreReportedBeforeTheRecordsOwnRules() {
        Records record = Records.record().used(0, Records.mg("1400"));
        record.prescriptionExpiresOn = Records.TODAY.minusDays(1);
        record.batchYield = Quantity.of("29", Unit.UNIT);
        Verdict verdict = CompoundingRecordRules.ALL.check(record.build());
        assertEquals(
                List.of(RuleCode.PRESCRIPTION_EXPIRED, RuleCode.YIELD_INSUFFICIENT, RuleCode.QUANTITY_OUT_OF_TOLERANCE),
                verdict.blocking().stream().map(Finding::code).toList());
    }

    @Test
    void whetherTheRecordFitsTheOrderIsReportedFirstAndEveryRuleRuns() {
        Records record = Records.record().used(0, Records.mg("1400"));
        record.compoundedOn = Records.TODAY.plusDays(1);
        record.batchYield = Quantity.of("30", Unit.ML);
        record.components.add(
                new UsedComponent(2, 12, Records.DISTRIBUTOR, "LAC1", LocalDate.of(2028, 1, 31), Records.mg("1000")));
        Verdict verdict = CompoundingRecordRules.ALL.check(record.build());
        assertEquals(
                List.of(
                        RuleCode.FORMULATION_MISMATCH,
                        RuleCode.INVALID_STRENGTH_UNIT,
                        RuleCode.COMPOUNDED_IN_FUTURE,
                        RuleCode.QUANTITY_OUT_OF_TOLERANCE),
                verdict.blocking().stream().map(Finding::code).toList());
    }
}
