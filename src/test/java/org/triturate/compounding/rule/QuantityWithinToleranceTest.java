package org.triturate.compounding.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;
import org.triturate.compounding.rule.CompoundingFacts.UsedComponent;

class QuantityWithinToleranceTest {

    private final QuantityWithinTolerance rule = new QuantityWithinTolerance();

    @Test
    void fivePercentOffPassesWithoutANote() {
        // 1296.6 × 1.05 = 1361.43
        assertEquals(
                List.of(),
                rule.check(Records.record().used(0, Records.mg("1361.43")).build()));
        assertEquals(
                List.of(),
                rule.check(Records.record().used(0, Records.mg("1231.77")).build()));
    }

    @Test
    void moreThanFivePercentOffNeedsANote() {
        Records record = Records.record().used(0, Records.mg("1361.5"));
        List<Finding> findings = rule.check(record.build());
        assertEquals(1, findings.size());
        assertEquals(RuleCode.QUANTITY_OUT_OF_TOLERANCE, findings.get(0).code());
        assertEquals(Outcome.BLOCK, findings.get(0).outcome());
        record.deviationNote = "Spilled 60 mg; weighed again";
        assertEquals(List.of(), rule.check(record.build()));
    }

    @Test
    void moreThanTenPercentOffFailsEvenWithANote() {
        Records record = Records.record().used(0, Records.mg("1426.27"));
        record.deviationNote = "Spilled";
        assertEquals(1, rule.check(record.build()).size());
        record.used(0, Records.mg("1426.26"));
        assertEquals(List.of(), rule.check(record.build()));
    }

    @Test
    void theLotsOfOneActiveAreSummedInAnyMassUnit() {
        Records record = Records.record().used(0, Quantity.of("0.8", Unit.G));
        record.components.add(new UsedComponent(
                2, Records.SERTRALINE, Records.REGISTERED, "L2310B", LocalDate.of(2027, 5, 31), Records.mg("496.6")));
        assertEquals(List.of(), rule.check(record.build()));
    }

    @Test
    void anActiveMeasuredByVolumeIsRefused() {
        List<Finding> findings =
                rule.check(Records.record().used(0, Quantity.of("12", Unit.ML)).build());
        assertEquals(1, findings.size());
        assertEquals("components[0].quantityUsed", findings.get(0).field());
    }

    @Test
    void excipientsAreNotWeighedAgainstTheWorksheet() {
        assertEquals(
                List.of(), rule.check(Records.record().used(1, Records.mg("1")).build()));
    }
}
