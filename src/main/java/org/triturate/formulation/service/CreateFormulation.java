package org.triturate.formulation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.triturate.audit.AuditLog;
import org.triturate.common.persistence.NumberAllocation;
import org.triturate.formulation.FormulationDraft;
import org.triturate.formulation.FormulationView;
import org.triturate.formulation.MasterFormulation;

/** A new master formulation record: its first version, ACTIVE, under a new record number. */
@ApplicationScoped
@Transactional
public class CreateFormulation {

    private final FormulationWriter writer;
    private final AuditLog audit;

    CreateFormulation(FormulationWriter writer, AuditLog audit) {
        this.writer = writer;
        this.audit = audit;
    }

    public MasterFormulation create(FormulationDraft draft, String actor) {
        MasterFormulation formulation =
                writer.write(draft, String.format("MFR-%06d", NumberAllocation.FORMULATION_RECORD.next()), 1, actor);
        audit.record(
                actor,
                "FORMULATION_CREATED",
                FormulationWriter.ENTITY_TYPE,
                formulation.id,
                Map.of("formulation", FormulationView.of(formulation)));
        return formulation;
    }
}
