package org.triturate.bench.jmh;

import static org.triturate.testing.WorksheetComponents.FULL_POTENCY;
import static org.triturate.testing.WorksheetComponents.MCC_QS;
import static org.triturate.testing.WorksheetComponents.active;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.compounding.WorksheetCalculator;
import org.triturate.compounding.WorksheetCalculator.Component;
import org.triturate.compounding.WorksheetCalculator.Worksheet;
import org.triturate.compounding.rule.WorksheetRules;

/**
 * The compounding worksheet of one order once its formulation's lines are read (no database): what
 * WorksheetQuery.calculate does, the worksheet rules and then the arithmetic. Same defaults as
 * {@link OrderRulesBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class WorksheetBenchmark {

    // Not final, so that the JIT cannot treat the inputs as constants (JMH's advice for state fields).
    /** The shipped balance (triturate.compounding.minimum-weighable-mg=120 in application.properties). */
    private WorksheetCalculator calculator = new WorksheetCalculator(Quantity.of("120", Unit.MG));

    /** The contract's example: 30 sertraline 37.5 mg capsules weighed as the hydrochloride, 3 % overage, qs MCC. */
    private Quantity thirtyCapsules = Quantity.of("30", Unit.UNIT);

    private BigDecimal threePercentOverage = new BigDecimal("3");
    private List<Component> sertralineCapsules =
            List.of(active("Sertraline hydrochloride", "37.5", Unit.MG, "1.119", "100"), MCC_QS);

    /** The worksheet tests' liquid: 300 mL of bupropion hydrochloride 15 mg/mL, here qs in SyrSpend SF PH4. */
    private Quantity threeHundredMillilitres = Quantity.of("300", Unit.ML);

    private BigDecimal noOverage = BigDecimal.ZERO;
    private List<Component> bupropionLiquid = List.of(
            active("Bupropion hydrochloride", "15", Unit.MG_PER_ML, "1", "100"),
            new Component(30, "SyrSpend SF PH4 (suspending vehicle)", false, true, null, null, FULL_POTENCY));

    @Benchmark
    public Worksheet sertralineCapsules() {
        return worksheet(thirtyCapsules, threePercentOverage, sertralineCapsules);
    }

    @Benchmark
    public Worksheet bupropionLiquid() {
        return worksheet(threeHundredMillilitres, noOverage, bupropionLiquid);
    }

    private Worksheet worksheet(Quantity ordered, BigDecimal overagePercent, List<Component> components) {
        WorksheetRules.ALL.check(components).requirePassed();
        return calculator.calculate(ordered, overagePercent, components);
    }
}
