package org.triturate.prescriber.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.exception.ConstraintViolationException;
import org.triturate.audit.AuditLog;
import org.triturate.common.concurrency.EntityVersion;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.paging.Pages;
import org.triturate.common.persistence.QueryFilter;
import org.triturate.common.problem.ApiException;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.problem.Violation;
import org.triturate.prescriber.DeaNumber;
import org.triturate.prescriber.Npi;
import org.triturate.prescriber.Prescriber;
import org.triturate.prescriber.rest.DeaRegistrationDto;
import org.triturate.prescriber.rest.LicenseDto;
import org.triturate.prescriber.rest.PrescriberRequest;
import org.triturate.prescriber.rest.PrescriberView;

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

    public Prescriber create(PrescriberRequest request, String actor) {
        validate(request);
        requireUniqueNpi(request.npi(), null);
        Prescriber prescriber = new Prescriber();
        apply(request, prescriber);
        persist(prescriber);
        audit.record(actor, "PRESCRIBER_CREATED", ENTITY_TYPE, prescriber.id,
                Map.of("prescriber", PrescriberView.of(prescriber)));
        return prescriber;
    }

    public Prescriber update(long id, String ifMatch, PrescriberRequest request, String actor) {
        Prescriber prescriber = get(id, null);
        EntityVersion.require(ifMatch, prescriber.version);
        validate(request);
        requireUniqueNpi(request.npi(), prescriber.id);
        apply(request, prescriber);
        persist(prescriber);
        audit.record(actor, "PRESCRIBER_UPDATED", ENTITY_TYPE, prescriber.id,
                Map.of("prescriber", PrescriberView.of(prescriber)));
        return prescriber;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Prescriber get(long id, Long callerPrescriberId) {
        if (callerPrescriberId != null && callerPrescriberId != id) {
            throw ApiException.notFound("Prescriber");
        }
        return Prescriber.<Prescriber>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Prescriber"));
    }

    /** Prescribers, optionally the one with {@code npi}, newest first; a PRESCRIBER caller finds only itself. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<PrescriberView> list(String npi, Long callerPrescriberId, PageRequest page) {
        QueryFilter filter = new QueryFilter().and("npi = :npi", "npi", npi)
                .and("id = :self", "self", callerPrescriberId);
        return Pages.of(Prescriber.find(filter.where(), Sort.descending("id"), filter.parameters()), page,
                PrescriberView::of);
    }

    /** Every identity fault at once: the NPI, each DEA number, and at most one DEA registration per state. */
    private static void validate(PrescriberRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (!Npi.isValid(request.npi())) {
            violations.add(Violation.ofField(ErrorCode.INVALID_NPI, "npi",
                    "An NPI is 10 digits starting with 1 or 2, with a valid Luhn check digit"));
        }
        Set<String> states = new HashSet<>();
        List<DeaRegistrationDto> registrations = request.deaRegistrationsOrNone();
        for (int i = 0; i < registrations.size(); i++) {
            DeaRegistrationDto registration = registrations.get(i);
            String problem = DeaNumber.problem(registration.number(), request.lastName());
            if (problem != null) {
                violations.add(Violation.ofField(ErrorCode.INVALID_DEA, "deaRegistrations[" + i + "].number", problem));
            }
            if (!states.add(registration.state())) {
                violations.add(Violation.ofField(ErrorCode.INVALID_FIELD, "deaRegistrations[" + i + "].state",
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

    private static void apply(PrescriberRequest request, Prescriber prescriber) {
        prescriber.firstName = request.firstName().trim();
        prescriber.lastName = request.lastName().trim();
        prescriber.npi = request.npi();
        prescriber.status = request.status();
        prescriber.deaRegistrations.clear();
        request.deaRegistrationsOrNone().stream().map(DeaRegistrationDto::toEmbeddable)
                .forEach(prescriber.deaRegistrations::add);
        prescriber.licenses.clear();
        request.licensesOrNone().stream().map(LicenseDto::toEmbeddable).forEach(prescriber.licenses::add);
    }
}
