package org.triturate.compounding.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.SupplierStatus;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.compounding.WorksheetCalculator.Amount;
import org.triturate.compounding.rule.CompoundingFacts.FormulationLine;
import org.triturate.compounding.rule.CompoundingFacts.SupplierFacts;
import org.triturate.compounding.rule.CompoundingFacts.UsedComponent;
import org.triturate.compounding.rule.CompoundingFacts.WorksheetWeight;

/**
 * Builds {@link CompoundingFacts} for rule tests. The defaults pass every rule: the contract's sertraline batch,
 * 1296.6 mg of sertraline HCl from an approved FDA-registered supplier and qs microcrystalline cellulose from an
 * approved distributor, compounded today, every lot valid for months, yielding the 30 capsules ordered, on a
 * prescription valid for six more months.
 */
final class Records {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final long SERTRALINE = 1;
    static final long MCC = 27;
    static final SupplierFacts REGISTERED = new SupplierFacts("Registered API maker", SupplierStatus.APPROVED, true);
    static final SupplierFacts DISTRIBUTOR = new SupplierFacts("Excipient distributor", SupplierStatus.APPROVED, false);

    LocalDate today = TODAY;
    LocalDate prescriptionExpiresOn = TODAY.plusMonths(6);
    LocalDate compoundedOn = TODAY;
    DosageForm dosageForm = DosageForm.CAPSULE;
    Quantity orderedQuantity = Quantity.of("30", Unit.UNIT);
    List<UsedComponent> components = new ArrayList<>(List.of(
            new UsedComponent(0, SERTRALINE, REGISTERED, "L2309A", LocalDate.of(2027, 3, 31), mg("1296.6")),
            new UsedComponent(1, MCC, DISTRIBUTOR, "M77", LocalDate.of(2028, 1, 31), mg("4000"))));
    List<FormulationLine> ingredients = List.of(
            new FormulationLine(SERTRALINE, "Sertraline hydrochloride", true),
            new FormulationLine(MCC, "Microcrystalline cellulose", false));
    List<WorksheetWeight> worksheet = List.of(
            new WorksheetWeight(SERTRALINE, "Sertraline hydrochloride", new Amount(new BigDecimal("1296.6"), Unit.MG)));
    Quantity batchYield = Quantity.of("30", Unit.UNIT);
    String deviationNote;

    static Records record() {
        return new Records();
    }

    CompoundingFacts build() {
        return new CompoundingFacts(
                today,
                prescriptionExpiresOn,
                compoundedOn,
                dosageForm,
                orderedQuantity,
                components,
                batchYield,
                ingredients,
                worksheet,
                deviationNote);
    }

    /** Replaces component {@code index} with the same lot used in {@code quantity}. */
    Records used(int index, Quantity quantity) {
        UsedComponent old = components.get(index);
        components.set(
                index,
                new UsedComponent(
                        old.index(), old.ingredientId(), old.supplier(), old.lotNumber(), old.expiresOn(), quantity));
        return this;
    }

    Records supplier(int index, SupplierFacts supplier) {
        UsedComponent old = components.get(index);
        components.set(
                index,
                new UsedComponent(
                        old.index(),
                        old.ingredientId(),
                        supplier,
                        old.lotNumber(),
                        old.expiresOn(),
                        old.quantityUsed()));
        return this;
    }

    Records expiring(int index, LocalDate expiresOn) {
        UsedComponent old = components.get(index);
        components.set(
                index,
                new UsedComponent(
                        old.index(),
                        old.ingredientId(),
                        old.supplier(),
                        old.lotNumber(),
                        expiresOn,
                        old.quantityUsed()));
        return this;
    }

    static Quantity mg(String value) {
        return Quantity.of(value, Unit.MG);
    }
}
