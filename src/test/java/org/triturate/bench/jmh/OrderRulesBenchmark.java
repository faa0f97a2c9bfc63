package org.triturate.bench.jmh;

import static org.triturate.order.rule.Facts.LIOTHYRONINE;
import static org.triturate.order.rule.Facts.LITHIUM;
import static org.triturate.order.rule.Facts.SERTRALINE;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.ProductStatus;
import org.triturate.catalog.ReleaseType;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.common.rule.Verdict;
import org.triturate.order.rule.ApprovalFacts;
import org.triturate.order.rule.ApprovalRules;
import org.triturate.order.rule.Facts;
import org.triturate.order.rule.IntakeRules;
import org.triturate.order.rule.OrderFacts;
import org.triturate.order.rule.OrderFacts.MoietyAllergy;
import org.triturate.order.rule.OrderFacts.PatientFacts;
import org.triturate.order.rule.OrderFacts.ProductFacts;

/**
 * The rule evaluation of one order on facts already read (no database): the intake rules that every submission and
 * amendment runs, and the approval rules (the intake rules again, then the formulation's). Every rule runs whatever
 * the others find, so a blocked order costs what a passing one does. Defaults: 3 warm-up and 5 measured iterations
 * of 1 s in 1 fork; bench/jmh passes JMH's own options to change them.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class OrderRulesBenchmark {

    // Not final, so that the JIT cannot treat the facts as constants (JMH's advice for state fields).
    private OrderFacts sertralineCapsules = Facts.order().build();
    private OrderFacts lithiumWithLiothyronine = lithiumWithLiothyronineForAnAllergicPatient();
    private ApprovalFacts sertralineApproval = new ApprovalFacts(sertralineCapsules, Facts.matchingFormulation());

    /** The rule tests' sound order: dye-free sertraline 37.5 mg capsules; every intake rule passes. */
    @Benchmark
    public Verdict intakeSertralineCapsules() {
        return IntakeRules.check(sertralineCapsules);
    }

    /** Two actives, a patient with allergies and the shipped products of both: every per-active rule runs twice. */
    @Benchmark
    public Verdict intakeLithiumWithLiothyronine() {
        return IntakeRules.check(lithiumWithLiothyronine);
    }

    /** Approving the sertraline order with its matching formulation. */
    @Benchmark
    public Verdict approvalSertralineCapsules() {
        return ApprovalRules.check(sertralineApproval);
    }

    /**
     * The rule tests' lithium carbonate 300 mg with liothyronine 25 ug capsules, for a patient with lactose and gluten
     * intolerances and a recorded allergy to sertraline hydrochloride, with the commercial products the catalog ships
     * for both ingredients (db/changelog/reference/002-commercial-products.csv, ids 23 to 31). The catalog holds no
     * compatibility record of the pair, so the verdict blocks on COMBINATION_NOT_DOCUMENTED.
     */
    private static OrderFacts lithiumWithLiothyronineForAnAllergicPatient() {
        Facts facts = Facts.lithiumAndLiothyronine();
        facts.patient = new PatientFacts(
                "OR",
                true,
                EnumSet.of(AllergenClass.LACTOSE, AllergenClass.GLUTEN),
                Set.of(SERTRALINE),
                Set.of(new MoietyAllergy("sertraline", "Sertraline hydrochloride")));
        facts.products = List.of(
                product(LITHIUM, "Lithium carbonate capsules 150 mg", DosageForm.CAPSULE, "150", Unit.MG),
                new ProductFacts(
                        LITHIUM,
                        "Lithium carbonate capsules 300 mg (D&C Yellow 10; FD&C Green 3; Red 40; Yellow 6)",
                        DosageForm.CAPSULE,
                        ReleaseType.IMMEDIATE,
                        Quantity.of("300", Unit.MG),
                        EnumSet.of(AllergenClass.DYE),
                        false,
                        ProductStatus.MARKETED),
                product(LITHIUM, "Lithium carbonate capsules 600 mg", DosageForm.CAPSULE, "600", Unit.MG),
                new ProductFacts(
                        LITHIUM,
                        "Lithium carbonate extended-release tablets 300 mg (FD&C Blue 2; Red 40; Yellow 6; sorbitol)",
                        DosageForm.TABLET,
                        ReleaseType.EXTENDED,
                        Quantity.of("300", Unit.MG),
                        EnumSet.of(AllergenClass.DYE, AllergenClass.SORBITOL),
                        false,
                        ProductStatus.MARKETED),
                new ProductFacts(
                        LITHIUM,
                        "Lithium carbonate extended-release tablets 450 mg",
                        DosageForm.TABLET,
                        ReleaseType.EXTENDED,
                        Quantity.of("450", Unit.MG),
                        Set.of(),
                        false,
                        ProductStatus.MARKETED),
                product(
                        LITHIUM,
                        "Lithium oral solution 8 mEq/5 mL (equivalent to 300 mg lithium carbonate per 5 mL)",
                        DosageForm.ORAL_SOLUTION,
                        "60",
                        Unit.MG_PER_ML),
                product(LIOTHYRONINE, "Liothyronine sodium tablets 5 mcg", DosageForm.TABLET, "5", Unit.UG),
                product(LIOTHYRONINE, "Liothyronine sodium tablets 25 mcg", DosageForm.TABLET, "25", Unit.UG),
                product(LIOTHYRONINE, "Liothyronine sodium tablets 50 mcg", DosageForm.TABLET, "50", Unit.UG));
        return facts.build();
    }

    /** A marketed immediate-release product without allergens. */
    private static ProductFacts product(long ingredientId, String name, DosageForm form, String strength, Unit unit) {
        return new ProductFacts(
                ingredientId,
                name,
                form,
                ReleaseType.IMMEDIATE,
                Quantity.of(strength, unit),
                Set.of(),
                false,
                ProductStatus.MARKETED);
    }
}
