package org.triturate.prescriber.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.exception.ConstraintViolationException;
import org.triturate.audit.AuditLog;
import org.triturate.common.concurrency.EntityVersion;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.paging.Pages;
import org.triturate.common.persistence.Lookup;
import org.triturate.common.persistence.QueryFilter;
import org.triturate.common.problem.ApiException;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.problem.Violation;
import org.triturate.prescriber.DeaNumber;
import org.triturate.prescriber.DeaRegistration;
import org.triturate.prescriber.Npi;
import org.triturate.prescriber.Prescriber;
import org.triturate.prescriber.PrescriberCredentials;
import org.triturate.prescriber.PrescriberStatus;
import org.triturate.prescriber.PrescriberView;
import org.triturate.prescriber.StateLicense;

/**
 * The prescriber registry. A PRESCRIBER caller ({@code callerPrescriberId} not null) sees only its own record;
 * any other is "not found" to it, never "forbidden".
 */
@ApplicationScoped
@Transactional
public class PrescriberService {

    static final String ENTITY_TYPE = "PRESCRIBER";
    private static final String NPI_CONSTRAINT = "uq_prescriber_npi";

    private final AuditLog audit;

    PrescriberService(AuditLog audit) {
        this.audit = audit;
    }

    public Prescriber create(PrescriberDetails details, String actor) {
        validate(details);
        requireUniqueNpi(details.npi(), null);
        Prescriber prescriber = new Prescriber();
        apply(details, prescriber);
        persist(prescriber);
        audit.record(
                actor,
                "PRESCRIBER_CREATED",
                ENTITY_TYPE,
                prescriber.id,
                Map.of("prescriber", PrescriberView.of(prescriber)));
        return prescriber;
    }

    public Prescriber update(long id, String ifMatch, PrescriberDetails details, String actor) {
        Prescriber prescriber = get(id, null);
        EntityVersion.require(ifMatch, prescriber.version);
        validate(details);
        requireUniqueNpi(details.npi(), prescriber.id);
        apply(details, prescriber);
        persist(prescriber);
        audit.record(
                actor,
                "PRESCRIBER_UPDATED",
                ENTITY_TYPE,
                prescriber.id,
                Map.of("prescriber", PrescriberView.of(prescriber)));
        return prescriber;
    }

    /**
     * The status, licences and DEA registrations of the prescriber with this id, if any, each in the state order of
     * the entity's lists: one query for the prescriber with its licence rows, one for its registration rows.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PrescriberCredentials> findCredentials(long id) {
        List<Object[]> licenseRows = Prescriber.getEntityManager()
                .createQuery(
                        "select p.status, l from Prescriber p left join p.licenses l where p.id = :id order by l.state",
                        Object[].class)
                .setParameter("id", id)
                .getResultList();
        if (licenseRows.isEmpty()) {
            return Optional.empty();
        }
        List<DeaRegistration> registrations = Prescriber.getEntityManager()
                .createQuery(
                        "select d from Prescriber p join p.deaRegistrations d where p.id = :id order by d.state",
                        DeaRegistration.class)
                .setParameter("id", id)
                .getResultList();
        return Optional.of(new PrescriberCredentials(
                (PrescriberStatus) licenseRows.get(0)[0],
                licenseRows.stream()
                        .map(row -> (StateLicense) row[1])
                        .filter(Objects::nonNull)
                        .toList(),
                registrations));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Prescriber get(long id, Long callerPrescriberId) {
        if (callerPrescriberId != null && callerPrescriberId != id) {
            throw Lookup.notFound("Prescriber");
        }
        return Prescriber.<Prescriber>findByIdOptional(id)
                .map(Prescriber::initialized)
                .orElseThrow(() -> Lookup.notFound("Prescriber"));
    }

    /** Prescribers, optionally the one with {@code npi}, newest first; a PRESCRIBER caller finds only itself. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Prescriber> list(String npi, Long callerPrescriberId, PageRequest page) {
        QueryFilter filter =
                new QueryFilter().and("npi = :npi", "npi", npi).and("id = :self", "self", callerPrescriberId);
        return Pages.of(
                Prescriber.find(filter.where(), Sort.descending("id"), filter.parameters()),
                page,
                Prescriber::initialized);
    }

    /** Every identity fault at once: the NPI, each DEA number, and at most one DEA registration per state. */
    private static void validate(PrescriberDetails details) {
        List<Violation> violations = new ArrayList<>();
        if (!Npi.isValid(details.npi())) {
            violations.add(Violation.ofField(
                    ErrorCode.INVALID_NPI,
                    "npi",
                    "An NPI is 10 digits starting with 1 or 2, with a valid Luhn check digit"));
        }
        Set<String> states = new HashSet<>();
        List<DeaRegistration> registrations = details.deaRegistrations();
        for (int i = 0; i < registrations.size(); i++) {
            DeaRegistration registration = registrations.get(i);
            String problem = DeaNumber.problem(registration.number, details.lastName());
            if (problem != null) {
                violations.add(Violation.ofField(ErrorCode.INVALID_DEA, "deaRegistrations[" + i + "].number", problem));
            }
            if (!states.add(registration.state)) {
                violations.add(Violation.invalidField(
                        "deaRegistrations[" + i + "].state",
                        "A prescriber holds at most one DEA registration per state"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ApiException(violations);
        }
    }

    private static void requireUniqueNpi(String npi, Long ownId) {
        Prescriber holder = Prescriber.find("npi", npi).firstResult();
        if (holder != null && !holder.id.equals(ownId)) {
            throw duplicateNpi();
        }
    }

    private static void persist(Prescriber prescriber) {
        try {
            // Flush here so that a concurrent change or a concurrent duplicate surfaces inside this method.
            prescriber.persistAndFlush();
        } catch (ConstraintViolationException e) {
            if (e.getConstraintName() != null && e.getConstraintName().contains(NPI_CONSTRAINT)) {
                throw duplicateNpi(); // another request registered this NPI between our check and our insert
            }
            throw e;
        }
    }

    private static ApiException duplicateNpi() {
        return new ApiException(ErrorCode.DUPLICATE_NPI, "npi", "Another prescriber has this NPI");
    }

    private static void apply(PrescriberDetails details, Prescriber prescriber) {
        prescriber.firstName = details.firstName().trim();
        prescriber.lastName = details.lastName().trim();
        prescriber.npi = details.npi();
        prescriber.status = details.status();
        prescriber.deaRegistrations.clear();
        prescriber.deaRegistrations.addAll(details.deaRegistrations());
        prescriber.licenses.clear();
        prescriber.licenses.addAll(details.licenses());
    }
}
