package org.triturate.patient.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.triturate.audit.AccessAction;
import org.triturate.audit.AccessLog;
import org.triturate.audit.AuditLog;
import org.triturate.catalog.Ingredient;
import org.triturate.common.concurrency.EntityVersion;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.paging.Pages;
import org.triturate.common.persistence.LikePattern;
import org.triturate.common.persistence.Lookup;
import org.triturate.common.persistence.QueryFilter;
import org.triturate.common.problem.ApiException;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.problem.Violation;
import org.triturate.patient.Address;
import org.triturate.patient.Allergy;
import org.triturate.patient.Patient;
import org.triturate.patient.PatientClinicalData;
import org.triturate.patient.PatientView;

/**
 * The patient registry. A PRESCRIBER caller ({@code callerPrescriberId} not null) sees only the patients it
 * registered; any other patient is "not found" to it. Pharmacists and technicians see every patient.
 */
@ApplicationScoped
@Transactional
public class PatientService {

    static final String ENTITY_TYPE = "PATIENT";

    /** Patient queries name their root {@code p}, which the visibility rule's subquery refers to. */
    private static final String FROM_PATIENT = "from Patient p where ";

    /** The one place that says which patients a prescriber may see: those it registered or has ordered for. */
    static final String VISIBLE_TO_PRESCRIBER = "(p.createdByPrescriberId = :prescriber or exists (select 1 from "
            + "CompoundingOrder o where o.patientId = p.id and o.prescriberId = :prescriber))";

    private final AuditLog audit;
    private final AccessLog accessLog;
    private final Clock clock;

    PatientService(AuditLog audit, AccessLog accessLog, Clock clock) {
        this.audit = audit;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    public Patient create(PatientDetails details, Long callerPrescriberId, String actor) {
        validateAllergies(details.allergies());
        Patient patient = new Patient();
        patient.createdByPrescriberId = callerPrescriberId;
        patient.createdAt = clock.instant();
        apply(details, patient);
        patient.persistAndFlush();
        audit.record(actor, "PATIENT_CREATED", ENTITY_TYPE, patient.id, Map.of("patient", PatientView.of(patient)));
        return patient;
    }

    public Patient update(long id, String ifMatch, PatientDetails details, Long callerPrescriberId, String actor) {
        Patient patient = get(id, callerPrescriberId);
        EntityVersion.require(ifMatch, patient.version);
        validateAllergies(details.allergies());
        apply(details, patient);
        // Flush here so that a concurrent change surfaces as an OptimisticLockException inside this method.
        patient.persistAndFlush();
        audit.record(actor, "PATIENT_UPDATED", ENTITY_TYPE, patient.id, Map.of("patient", PatientView.of(patient)));
        return patient;
    }

    /** The patient as its reader sees it; the read is recorded in the access log. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Patient get(long id, Long callerPrescriberId) {
        Patient patient = findVisible(id, callerPrescriberId)
                .map(Patient::initialized)
                .orElseThrow(() -> Lookup.notFound("Patient"));
        accessLog.record(AccessAction.PATIENT_READ, patient.id, patient.id);
        return patient;
    }

    /** The patient, if it exists and a PRESCRIBER caller ({@code callerPrescriberId} not null) may see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Patient> findVisible(long id, Long callerPrescriberId) {
        QueryFilter filter = new QueryFilter()
                .and("id = :id", "id", id)
                .and(VISIBLE_TO_PRESCRIBER, "prescriber", callerPrescriberId);
        return Patient.<Patient>find(FROM_PATIENT + filter.where(), filter.parameters())
                .firstResultOptional();
    }

    /**
     * The address and allergies of the patient, if it exists and a PRESCRIBER caller may see it (as
     * {@link #findVisible}), in one query over the patient and its allergy rows, without loading the entity.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PatientClinicalData> findVisibleClinicalData(long id, Long callerPrescriberId) {
        QueryFilter filter = new QueryFilter()
                .and("p.id = :id", "id", id)
                .and(VISIBLE_TO_PRESCRIBER, "prescriber", callerPrescriberId);
        TypedQuery<Object[]> query = Patient.getEntityManager()
                .createQuery(
                        "select p.address, a from Patient p left join p.allergies a where " + filter.where(),
                        Object[].class);
        filter.parameters().map().forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Allergy> allergies = rows.stream()
                .map(row -> (Allergy) row[1])
                .filter(Objects::nonNull)
                .toList();
        return Optional.of(new PatientClinicalData((Address) rows.get(0)[0], allergies));
    }

    /**
     * Patients whose first or last name contains every word of {@code text} (case-insensitively), newest first. The
     * access log records the patients returned, never the search text (a name).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Patient> search(String text, Long callerPrescriberId, PageRequest page) {
        QueryFilter filter = new QueryFilter().and(VISIBLE_TO_PRESCRIBER, "prescriber", callerPrescriberId);
        if (text != null) {
            String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
            for (int i = 0; i < words.length; i++) {
                String name = "word" + i;
                filter.and(
                        "(lower(firstName) like :" + name + LikePattern.ESCAPE_CLAUSE + " or lower(lastName) like :"
                                + name + LikePattern.ESCAPE_CLAUSE + ")",
                        name,
                        LikePattern.contains(words[i]));
            }
        }
        PageResponse<Patient> found = Pages.of(
                Patient.find(FROM_PATIENT + filter.where(), Sort.descending("id"), filter.parameters()),
                page,
                Patient::initialized);
        accessLog.record(
                AccessAction.PATIENT_SEARCH,
                null,
                found.items().stream().map(patient -> patient.id).toList());
        return found;
    }

    /** Each allergy names an allergen class or an existing ingredient, not both; every fault is reported. */
    private static void validateAllergies(List<Allergy> allergies) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < allergies.size(); i++) {
            Allergy allergy = allergies.get(i);
            String field = "allergies[" + i + "]";
            if ((allergy.allergenClass == null) == (allergy.ingredientId == null)) {
                violations.add(
                        Violation.invalidField(field, "An allergy names either an allergenClass or an ingredientId"));
            } else if (allergy.ingredientId != null && Ingredient.findById(allergy.ingredientId) == null) {
                violations.add(Violation.ofField(
                        ErrorCode.INGREDIENT_NOT_FOUND, field + ".ingredientId", "No ingredient with this id"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ApiException(violations);
        }
    }

    private static void apply(PatientDetails details, Patient patient) {
        patient.firstName = details.firstName().trim();
        patient.lastName = details.lastName().trim();
        patient.birthDate = details.birthDate();
        patient.address = details.address();
        patient.allergies.clear();
        patient.allergies.addAll(details.allergies());
    }
}
