package org.triturate.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.RuleCode;
import org.triturate.common.rule.Verdict;
import org.triturate.compounding.WorksheetCalculator.Worksheet;

/** The benchmarks measure the paths docs/performance.md ("Microbenchmarks (JMH)") says they do. */
class BenchmarkScenariosTest {

    @Test
    void theSertralineOrderPassesIntakeAndApproval() {
        OrderRulesBenchmark benchmark = new OrderRulesBenchmark();
        assertTrue(benchmark.intakeSertralineCapsules().passed());
        assertTrue(benchmark.approvalSertralineCapsules().passed());
    }

    @Test
    void theCombinationBlocksOnlyOnItsMissingCompatibilityRecordAndAddsTheAllergyExclusions() {
        Verdict verdict = new OrderRulesBenchmark().intakeLithiumWithLiothyronine();
        assertEquals(
                List.of(RuleCode.COMBINATION_NOT_DOCUMENTED),
                verdict.blocking().stream().map(Finding::code).toList());
        // The patient's intolerances are added to the order's exclusions: the allergy rules had something to judge.
        assertTrue(
                verdict.passesAndWarnings().stream()
                        .anyMatch(finding -> finding.code() == RuleCode.EXCLUSION_ADDED_FOR_ALLERGY),
                verdict::toString);
    }

    @Test
    void theWorksheetsWeighTheContractsSertralineAndTheLiquidsBupropion() {
        WorksheetBenchmark benchmark = new WorksheetBenchmark();
        Worksheet capsules = benchmark.sertralineCapsules();
        assertEquals(
                new BigDecimal("1296.6"), capsules.lines().get(0).quantity().value());
        assertTrue(capsules.lines().get(1).qs());
        Worksheet liquid = benchmark.bupropionLiquid();
        assertEquals(
                0,
                new BigDecimal("4500")
                        .compareTo(liquid.lines().get(0).quantity().value()));
        assertTrue(liquid.lines().get(1).qs());
    }
}
