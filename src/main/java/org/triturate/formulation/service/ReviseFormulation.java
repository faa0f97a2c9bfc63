package org.triturate.formulation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;
import org.triturate.audit.AuditLog;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.RuleCode;
import org.triturate.common.rule.RulesBroken;
import org.triturate.formulation.FormulationDraft;
import org.triturate.formulation.FormulationStatus;
import org.triturate.formulation.FormulationView;
import org.triturate.formulation.MasterFormulation;

/**
 * The next version of a master formulation record, which retires the version it revises, in one transaction. Only
 * the ACTIVE version can be revised (409 INVALID_TRANSITION otherwise, also when another pharmacist revised it a
 * moment earlier: the database's unique record and version number lets one of them through).
 */
@ApplicationScoped
@Transactional
public class ReviseFormulation {

    private static final String VERSION_CONSTRAINT = "uq_master_formulation_version";

    private final FormulationWriter writer;
    private final AuditLog audit;

    ReviseFormulation(FormulationWriter writer, AuditLog audit) {
        this.writer = writer;
        this.audit = audit;
    }

    public MasterFormulation revise(long id, FormulationDraft draft, String actor) {
        MasterFormulation previous = MasterFormulation.require(id);
        if (previous.status != FormulationStatus.ACTIVE) {
            throw newerVersionExists(previous);
        }
        previous.status = FormulationStatus.RETIRED;
        MasterFormulation next;
        try {
            next = writer.write(draft, previous.recordNumber, previous.versionNumber + 1, actor);
        } catch (ConstraintViolationException e) {
            if (e.getConstraintName() != null && e.getConstraintName().contains(VERSION_CONSTRAINT)) {
                throw newerVersionExists(previous);
            }
            throw e;
        }
        audit.record(
                actor,
                "FORMULATION_RETIRED",
                FormulationWriter.ENTITY_TYPE,
                previous.id,
                Map.of("recordNumber", previous.recordNumber, "retiredBy", next.id));
        audit.record(
                actor,
                "FORMULATION_VERSION_CREATED",
                FormulationWriter.ENTITY_TYPE,
                next.id,
                Map.of("formulation", FormulationView.of(next), "revises", previous.id));
        return next;
    }

    private static RulesBroken newerVersionExists(MasterFormulation previous) {
        return new RulesBroken(Finding.block(
                RuleCode.INVALID_TRANSITION,
                "id",
                "Version " + previous.versionNumber + " of " + previous.recordNumber
                        + " is retired; revise its newest version"));
    }
}
