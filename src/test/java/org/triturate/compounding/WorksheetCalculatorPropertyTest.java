package org.triturate.compounding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.compounding.WorksheetCalculator.Amount;
import org.triturate.compounding.WorksheetCalculator.Component;

/**
 * The worksheet's arithmetic for any active in the ranges the API accepts (docs/order-lifecycle.md, "Worksheet"):
 * from 0.1 mg per capsule, 1 to 5000 capsules, 0 to 100 % overage, salt factor 1 to 2, potency 0.001 to 200 %.
 * The smallest such weight is 0.1 mg × 1 × 1 × 1 ÷ 2 = 0.05 mg, which rounds up to 0.1 mg: never zero.
 */
class WorksheetCalculatorPropertyTest {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Each of the two weights compared is off by at most half a step (0.05 mg), and twice the first by a step. */
    private static final BigDecimal LINEAR_TOLERANCE = new BigDecimal("0.15");

    private final WorksheetCalculator calculator = new WorksheetCalculator(Quantity.of("120", Unit.MG));

    @Property
    void theWeightIsPositiveAndTheExactProductRoundedOnce(
            @ForAll("strengths") BigDecimal strength,
            @ForAll("capsules") int capsules,
            @ForAll("overages") BigDecimal overage,
            @ForAll("saltFactors") BigDecimal saltFactor,
            @ForAll("potencies") BigDecimal potency) {
        Amount weight = weigh(strength, capsules, overage, saltFactor, potency);
        assertEquals(Unit.MG, weight.unit());
        assertTrue(weight.value().signum() > 0, weight::toString);
        // amount × quantity × (1 + overage/100) × salt factor ÷ (potency/100), as one exact fraction rounded once
        BigDecimal roundedOnce = strength.multiply(BigDecimal.valueOf(capsules))
                .multiply(HUNDRED.add(overage))
                .multiply(saltFactor)
                .divide(potency, 1, RoundingMode.HALF_UP);
        assertEquals(0, roundedOnce.compareTo(weight.value()), () -> roundedOnce + " mg expected, got " + weight);
    }

    @Property
    void doublingTheQuantityDoublesTheWeightWithinRounding(
            @ForAll("strengths") BigDecimal strength,
            @ForAll("capsules") int capsules,
            @ForAll("overages") BigDecimal overage,
            @ForAll("saltFactors") BigDecimal saltFactor,
            @ForAll("potencies") BigDecimal potency) {
        BigDecimal single =
                weigh(strength, capsules, overage, saltFactor, potency).value();
        BigDecimal doubled =
                weigh(strength, 2 * capsules, overage, saltFactor, potency).value();
        BigDecimal difference = doubled.subtract(single.multiply(TWO)).abs();
        assertTrue(
                difference.compareTo(LINEAR_TOLERANCE) <= 0,
                () -> single + " mg for " + capsules + " capsules but " + doubled + " mg for twice as many");
    }

    private Amount weigh(
            BigDecimal strength, int capsules, BigDecimal overage, BigDecimal saltFactor, BigDecimal potency) {
        Component active =
                new Component(1, "Active", true, false, new Quantity(strength, Unit.MG), saltFactor, potency);
        return calculator
                .calculate(new Quantity(BigDecimal.valueOf(capsules), Unit.UNIT), overage, List.of(active))
                .lines()
                .get(0)
                .quantity();
    }

    @Provide
    Arbitrary<BigDecimal> strengths() {
        return Arbitraries.bigDecimals()
                .between(new BigDecimal("0.1"), new BigDecimal("2000"))
                .ofScale(3);
    }

    @Provide
    Arbitrary<Integer> capsules() {
        return Arbitraries.integers().between(1, 5000);
    }

    @Provide
    Arbitrary<BigDecimal> overages() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, HUNDRED).ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> saltFactors() {
        return Arbitraries.bigDecimals().between(BigDecimal.ONE, TWO).ofScale(6);
    }

    @Provide
    Arbitrary<BigDecimal> potencies() {
        return Arbitraries.bigDecimals()
                .between(new BigDecimal("0.001"), new BigDecimal("200"))
                .ofScale(3);
    }
}
