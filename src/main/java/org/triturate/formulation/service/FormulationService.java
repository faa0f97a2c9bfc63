package org.triturate.formulation.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException;
import org.triturate.audit.AuditLog;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.Ingredient;
import org.triturate.catalog.IngredientRole;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.paging.Pages;
import org.triturate.common.persistence.QueryFilter;
import org.triturate.common.persistence.Sequences;
import org.triturate.common.problem.ApiException;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.problem.Violation;
import org.triturate.common.quantity.Quantity;
import org.triturate.formulation.FormulationIngredient;
import org.triturate.formulation.FormulationStatus;
import org.triturate.formulation.MasterFormulation;
import org.triturate.formulation.rest.FormulationRequest;
import org.triturate.formulation.rest.FormulationRequest.ActiveLine;
import org.triturate.formulation.rest.FormulationRequest.ExcipientLine;
import org.triturate.formulation.rest.FormulationView;
import org.triturate.formulation.rule.FormulationDraft;
import org.triturate.formulation.rule.FormulationRules;

/**
 * Master formulation records and their versions. A version is written once; revising a record creates the next
 * version and retires the one it revises, in one transaction.
 */
@ApplicationScoped
@Transactional
public class FormulationService {

    static final String ENTITY_TYPE = "FORMULATION";
    private static final String VERSION_CONSTRAINT = "uq_master_formulation_version";

    private final FormulationRules rules = new FormulationRules();
    private final AuditLog audit;
    private final Clock clock;

    FormulationService(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    public FormulationView create(FormulationRequest request, String actor) {
        MasterFormulation formulation = write(request, String.format("MFR-%06d",
                Sequences.next("formulation_record_seq")), 1, actor);
        FormulationView view = FormulationView.of(formulation);
        audit.record(actor, "FORMULATION_CREATED", ENTITY_TYPE, formulation.id, Map.of("formulation", view));
        return view;
    }

    /**
     * The next version of the record that version {@code id} belongs to; only the ACTIVE version can be revised
     * (409 INVALID_TRANSITION otherwise, also when another pharmacist revised it a moment earlier).
     */
    public FormulationView revise(long id, FormulationRequest request, String actor) {
        MasterFormulation previous = find(id);
        if (previous.status != FormulationStatus.ACTIVE) {
            throw newerVersionExists(previous);
        }
        previous.status = FormulationStatus.RETIRED;
        MasterFormulation next;
        try {
            next = write(request, previous.recordNumber, previous.versionNumber + 1, actor);
        } catch (ConstraintViolationException e) {
            if (e.getConstraintName() != null && e.getConstraintName().contains(VERSION_CONSTRAINT)) {
                throw newerVersionExists(previous);
            }
            throw e;
        }
        FormulationView view = FormulationView.of(next);
        audit.record(actor, "FORMULATION_RETIRED", ENTITY_TYPE, previous.id,
                Map.of("recordNumber", previous.recordNumber, "retiredBy", next.id));
        audit.record(actor, "FORMULATION_VERSION_CREATED", ENTITY_TYPE, next.id,
                Map.of("formulation", view, "revises", previous.id));
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FormulationView get(long id) {
        return FormulationView.of(find(id));
    }

    /** Versions that use {@code ingredientId} (as an active or an excipient) and are of {@code dosageForm}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<FormulationView> list(Long ingredientId, DosageForm dosageForm, FormulationStatus status,
                                              PageRequest page) {
        QueryFilter filter = new QueryFilter()
                .and("id in (select m.id from MasterFormulation m join m.ingredients i "
                        + "where i.ingredientId = :ingredientId)", "ingredientId", ingredientId)
                .and("dosageForm = :dosageForm", "dosageForm", dosageForm)
                .and("status = :status", "status", status);
        return Pages.of(MasterFormulation.find(filter.where(), Sort.descending("id"), filter.parameters()), page,
                FormulationView::of);
    }

    private static MasterFormulation find(long id) {
        return MasterFormulation.<MasterFormulation>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("Formulation"));
    }

    private static ApiException newerVersionExists(MasterFormulation previous) {
        return new ApiException(ErrorCode.INVALID_TRANSITION, "id", "Version " + previous.versionNumber + " of "
                + previous.recordNumber + " is retired; revise its newest version");
    }

    private MasterFormulation write(FormulationRequest request, String recordNumber, int versionNumber,
                                    String actor) {
        requireOneAmountPerExcipient(request);
        List<Violation> violations = new ArrayList<>(ingredientViolations(request));
        violations.addAll(rules.check(new FormulationDraft(request.dosageForm(), request.preparationType(),
                request.storage(), request.budDays(), request.budSource(), request.budReference())));
        if (!violations.isEmpty()) {
            throw new ApiException(violations);
        }
        MasterFormulation formulation = new MasterFormulation();
        formulation.recordNumber = recordNumber;
        formulation.versionNumber = versionNumber;
        formulation.status = FormulationStatus.ACTIVE;
        formulation.name = request.name().trim();
        formulation.dosageForm = request.dosageForm();
        request.actives().forEach(active -> formulation.ingredients.add(
                FormulationIngredient.active(active.ingredientId(), active.amountPerUnit())));
        request.excipientsOrNone().forEach(excipient -> formulation.ingredients.add(FormulationIngredient.excipient(
                excipient.ingredientId(), excipient.function().trim(), excipient.isQs(), excipient.amountPerUnit())));
        formulation.preparationType = request.preparationType();
        formulation.storage = request.storage();
        formulation.budDays = request.budDays();
        formulation.budSource = request.budSource();
        formulation.budReference = blankToNull(request.budReference());
        formulation.overagePercent = request.overagePercent() == null ? BigDecimal.ZERO : request.overagePercent();
        formulation.physicalDescription = blankToNull(request.physicalDescription());
        formulation.containerClosure = blankToNull(request.containerClosure());
        formulation.steps = List.copyOf(request.steps());
        formulation.qualityControl = request.qualityControl() == null ? List.of() : List.copyOf(request.qualityControl());
        formulation.auxiliaryLabels = request.auxiliaryLabels() == null ? List.of()
                : List.copyOf(request.auxiliaryLabels());
        formulation.createdAt = clock.instant();
        formulation.createdBy = actor;
        formulation.persistAndFlush();
        return formulation;
    }

    /** An excipient is either qs or has an amount per unit: the shape of the request, so 400. */
    private static void requireOneAmountPerExcipient(FormulationRequest request) {
        List<ExcipientLine> excipients = request.excipientsOrNone();
        for (int i = 0; i < excipients.size(); i++) {
            if (excipients.get(i).isQs() == (excipients.get(i).amountPerUnit() != null)) {
                throw ApiException.invalidField("excipients[" + i + "]",
                        "An excipient has either \"qs\": true or an amountPerUnit, not both and not neither");
            }
        }
    }

    /** Unknown ingredients, excipients listed as actives, and amounts whose unit does not fit the form: 422. */
    private static List<Violation> ingredientViolations(FormulationRequest request) {
        Set<Long> ids = request.actives().stream().map(ActiveLine::ingredientId).collect(Collectors.toSet());
        request.excipientsOrNone().forEach(excipient -> ids.add(excipient.ingredientId()));
        Map<Long, Ingredient> known = Ingredient.byIds(ids);
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < request.actives().size(); i++) {
            ActiveLine active = request.actives().get(i);
            Ingredient ingredient = known.get(active.ingredientId());
            String field = "actives[" + i + "]";
            if (ingredient == null) {
                violations.add(Violation.ofField(ErrorCode.INGREDIENT_NOT_FOUND, field + ".ingredientId",
                        "No ingredient with this id"));
            } else if (ingredient.role != IngredientRole.ACTIVE) {
                violations.add(Violation.ofField(ErrorCode.NOT_AN_ACTIVE, field + ".ingredientId",
                        ingredient.name + " is an excipient"));
            }
            unitViolation(request.dosageForm(), active.amountPerUnit(), field).ifPresent(violations::add);
        }
        List<ExcipientLine> excipients = request.excipientsOrNone();
        for (int i = 0; i < excipients.size(); i++) {
            String field = "excipients[" + i + "]";
            if (!known.containsKey(excipients.get(i).ingredientId())) {
                violations.add(Violation.ofField(ErrorCode.INGREDIENT_NOT_FOUND, field + ".ingredientId",
                        "No ingredient with this id"));
            }
            unitViolation(request.dosageForm(), excipients.get(i).amountPerUnit(), field).ifPresent(violations::add);
        }
        return violations;
    }

    private static Optional<Violation> unitViolation(DosageForm form, Quantity amountPerUnit,
                                                               String field) {
        if (amountPerUnit == null || form.fitsStrength(amountPerUnit.unit())) {
            return Optional.empty();
        }
        return Optional.of(Violation.ofField(ErrorCode.INVALID_STRENGTH_UNIT, field
                + ".amountPerUnit.unit", "An amount in " + amountPerUnit.unit() + " does not fit " + form));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
