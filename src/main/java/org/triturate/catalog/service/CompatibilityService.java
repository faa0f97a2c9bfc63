package org.triturate.catalog.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.triturate.audit.AuditLog;
import org.triturate.catalog.CompatibilityEvidence;
import org.triturate.catalog.CompatibilityView;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.snapshot.ReferenceData;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.paging.Pages;
import org.triturate.common.persistence.Lookup;
import org.triturate.common.persistence.QueryFilter;
import org.triturate.common.problem.ApiException;

/** Compatibility evidence. A record is a cited fact and never changes; newer evidence is a new record. */
@ApplicationScoped
@Transactional
public class CompatibilityService {

    static final String ENTITY_TYPE = "COMPATIBILITY";

    private final IngredientService ingredients;
    private final AuditLog audit;
    private final ReferenceData referenceData;

    CompatibilityService(IngredientService ingredients, AuditLog audit, ReferenceData referenceData) {
        this.ingredients = ingredients;
        this.audit = audit;
        this.referenceData = referenceData;
    }

    public CompatibilityEvidence create(CompatibilityDetails details, String actor) {
        long first = details.firstIngredientId();
        long second = details.secondIngredientId();
        if (first == second) {
            throw ApiException.invalidField("ingredientIds", "A compatibility pair names two different ingredients");
        }
        ingredients.requireActive(first, "ingredientIds[0]");
        ingredients.requireActive(second, "ingredientIds[1]");
        CompatibilityEvidence evidence = new CompatibilityEvidence();
        evidence.pair(first, second);
        evidence.dosageForm = details.dosageForm();
        evidence.status = details.status();
        evidence.reference = details.reference().trim();
        evidence.studyBudDays = details.studyBudDays();
        evidence.persistAndFlush();
        referenceData.changed();
        audit.record(
                actor,
                "COMPATIBILITY_CREATED",
                ENTITY_TYPE,
                evidence.id,
                Map.of("compatibility", CompatibilityView.of(evidence)));
        return evidence;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CompatibilityEvidence get(long id) {
        return CompatibilityEvidence.<CompatibilityEvidence>findByIdOptional(id)
                .orElseThrow(() -> Lookup.notFound("Compatibility record"));
    }

    /** Evidence naming {@code ingredientId} (on either side of the pair) and in {@code dosageForm}, when given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<CompatibilityEvidence> list(Long ingredientId, DosageForm dosageForm, PageRequest page) {
        QueryFilter filter = new QueryFilter()
                .and(
                        "(firstIngredientId = :ingredientId or secondIngredientId = :ingredientId)",
                        "ingredientId",
                        ingredientId)
                .and("dosageForm = :dosageForm", "dosageForm", dosageForm);
        return Pages.of(CompatibilityEvidence.find(filter.where(), Sort.descending("id"), filter.parameters()), page);
    }
}
