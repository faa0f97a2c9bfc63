package org.triturate.formulation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.triturate.catalog.Ingredient;
import org.triturate.common.problem.ApiException;
import org.triturate.formulation.FormulationDraft;
import org.triturate.formulation.FormulationDraft.Excipient;
import org.triturate.formulation.FormulationIngredient;
import org.triturate.formulation.FormulationStatus;
import org.triturate.formulation.MasterFormulation;
import org.triturate.formulation.rule.FormulationFacts;
import org.triturate.formulation.rule.FormulationFacts.CatalogIngredient;
import org.triturate.formulation.rule.FormulationRules;

/**
 * Writes one ACTIVE version of a master formulation record, once its draft passed every formulation rule; creating
 * a record and revising one both end here. A version is never changed after this.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class FormulationWriter {

    /** The audit trail's entity type of formulation versions. */
    static final String ENTITY_TYPE = "FORMULATION";

    private final Clock clock;

    FormulationWriter(Clock clock) {
        this.clock = clock;
    }

    MasterFormulation write(FormulationDraft draft, String recordNumber, int versionNumber, String actor) {
        requireOneAmountPerExcipient(draft);
        FormulationRules.ALL.check(new FormulationFacts(draft, catalog(draft))).requirePassed();
        MasterFormulation formulation = new MasterFormulation();
        formulation.recordNumber = recordNumber;
        formulation.versionNumber = versionNumber;
        formulation.status = FormulationStatus.ACTIVE;
        formulation.name = draft.name();
        formulation.dosageForm = draft.dosageForm();
        draft.actives()
                .forEach(active -> formulation.ingredients.add(
                        FormulationIngredient.active(active.ingredientId(), active.amountPerUnit())));
        draft.excipients()
                .forEach(excipient -> formulation.ingredients.add(FormulationIngredient.excipient(
                        excipient.ingredientId(), excipient.function(), excipient.qs(), excipient.amountPerUnit())));
        formulation.preparationType = draft.preparationType();
        formulation.storage = draft.storage();
        formulation.budDays = draft.budDays();
        formulation.budSource = draft.budSource();
        formulation.budReference = draft.budReference();
        formulation.overagePercent = draft.overagePercent();
        formulation.physicalDescription = draft.physicalDescription();
        formulation.containerClosure = draft.containerClosure();
        formulation.steps = draft.steps();
        formulation.qualityControl = draft.qualityControl();
        formulation.auxiliaryLabels = draft.auxiliaryLabels();
        formulation.createdAt = clock.instant();
        formulation.createdBy = actor;
        formulation.persistAndFlush();
        return formulation;
    }

    /** An excipient is either qs or has an amount per unit: the shape of the request, so 400 before any rule. */
    private static void requireOneAmountPerExcipient(FormulationDraft draft) {
        List<Excipient> excipients = draft.excipients();
        for (int i = 0; i < excipients.size(); i++) {
            if (excipients.get(i).qs() == (excipients.get(i).amountPerUnit() != null)) {
                throw ApiException.invalidField(
                        "excipients[" + i + "]",
                        "An excipient has either \"qs\": true or an amountPerUnit, not both and not neither");
            }
        }
    }

    private static Map<Long, CatalogIngredient> catalog(FormulationDraft draft) {
        Set<Long> ids = new HashSet<>();
        draft.actives().forEach(active -> ids.add(active.ingredientId()));
        draft.excipients().forEach(excipient -> ids.add(excipient.ingredientId()));
        return Ingredient.byIds(ids).entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        entry -> new CatalogIngredient(entry.getValue().name, entry.getValue().role)));
    }
}
