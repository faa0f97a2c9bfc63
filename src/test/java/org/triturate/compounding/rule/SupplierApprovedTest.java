package org.triturate.compounding.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.SupplierStatus;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;
import org.triturate.compounding.rule.CompoundingFacts.SupplierFacts;

class SupplierApprovedTest {

    private final SupplierApproved rule = new SupplierApproved();

    @Test
    void anExcipientMayComeFromAnApprovedSupplierThatIsNotFdaRegistered() {
        assertEquals(List.of(), rule.check(Records.record().build()));
    }

    @Test
    void anActiveNeedsAnFdaRegisteredSupplier() {
        assertFails(Records.record().supplier(0, Records.DISTRIBUTOR), "components[0].supplierId");
    }

    @Test
    void aSuspendedSupplierIsNotApproved() {
        assertFails(
                Records.record().supplier(1, new SupplierFacts("Suspended", SupplierStatus.SUSPENDED, true)),
                "components[1].supplierId");
    }

    @Test
    void anUnknownSupplierIsNotApproved() {
        assertFails(Records.record().supplier(1, null), "components[1].supplierId");
    }

    private void assertFails(Records record, String field) {
        List<Finding> findings = rule.check(record.build());
        assertEquals(1, findings.size());
        assertEquals(RuleCode.SUPPLIER_NOT_APPROVED, findings.get(0).code());
        assertEquals(Outcome.BLOCK, findings.get(0).outcome());
        assertEquals(field, findings.get(0).field());
    }
}
