package org.triturate.regimen.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.triturate.audit.AuditLog;
import org.triturate.catalog.snapshot.CatalogIngredient;
import org.triturate.catalog.snapshot.ReferenceData;
import org.triturate.common.json.StorableDecimals;
import org.triturate.common.persistence.NumberAllocation;
import org.triturate.common.persistence.TransactionConflict;
import org.triturate.common.problem.ApiException;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.problem.Violation;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.RulesBroken;
import org.triturate.order.CompoundingOrder;
import org.triturate.order.OrderAction;
import org.triturate.order.OrderLifecycle;
import org.triturate.order.PrescriptionValidity;
import org.triturate.order.ReceivedVia;
import org.triturate.order.service.IdempotentSubmission;
import org.triturate.order.service.OrderIntake;
import org.triturate.regimen.PlannedStep;
import org.triturate.regimen.Regimen;
import org.triturate.regimen.RegimenDetails;
import org.triturate.regimen.RegimenPrescription;
import org.triturate.regimen.RegimenStatus;
import org.triturate.regimen.RegimenStep;
import org.triturate.regimen.rule.RegimenFacts;
import org.triturate.regimen.rule.RegimenRules;
import org.triturate.security.Caller;

/**
 * Starts a titration or taper: every step is checked by every order rule and the schedule by the regimen rules, and
 * then the regimen and one SUBMITTED order per step are recorded in one transaction, or nothing is and the caller
 * gets every blocking finding at once (a step's findings carry its 1-based step). With an idempotency key (scoped to the
 * calling user, as for orders) a repeat creates nothing and gets the regimen first created. Deliberately not
 * transactional as a whole: when a concurrent request wins the race for a key, the losing transaction has rolled
 * back and the winner's regimen is read in a new one.
 */
@ApplicationScoped
public class StartRegimen {

    private static final String IDEMPOTENCY_CONSTRAINT = "uq_regimen_idempotency";

    private final OrderIntake intake;
    private final OrderLifecycle lifecycle;
    private final ReferenceData referenceData;
    private final RegimenQueries regimens;
    private final AuditLog audit;
    private final Clock clock;

    StartRegimen(
            OrderIntake intake,
            OrderLifecycle lifecycle,
            ReferenceData referenceData,
            RegimenQueries regimens,
            AuditLog audit,
            Clock clock) {
        this.intake = intake;
        this.lifecycle = lifecycle;
        this.referenceData = referenceData;
        this.regimens = regimens;
        this.audit = audit;
        this.clock = clock;
    }

    /** The outcome: a new regimen (created) or the one an earlier request with the same key created. */
    public record Started(RegimenDetails regimen, boolean created) {}

    /**
     * Starts the regimen; {@code idempotencyKey} (null: none) comes with {@code requestHash}, which tells a repeat
     * of the request that used the key first from another request reusing it.
     */
    public Started start(RegimenPrescription prescription, String idempotencyKey, String requestHash, Caller caller) {
        IdempotentSubmission.Outcome<RegimenDetails> outcome = IdempotentSubmission.submit(
                idempotencyKey,
                () -> regimens.earlier(caller.userId(), idempotencyKey, requestHash),
                () -> recorded(prescription, caller, idempotencyKey, requestHash));
        return new Started(outcome.result(), outcome.created());
    }

    private RegimenDetails recorded(
            RegimenPrescription prescription, Caller caller, String idempotencyKey, String requestHash) {
        return TransactionConflict.retried(() -> QuarkusTransaction.requiringNew()
                .call(() -> record(prescription, caller, idempotencyKey, requestHash)));
    }

    private RegimenDetails record(
            RegimenPrescription prescription, Caller caller, String idempotencyKey, String requestHash) {
        LocalDate today = LocalDate.now(clock);
        List<PlannedStep> schedule = prescription.schedule();
        requireWellFormed(prescription, schedule, caller, today);
        Long prescriberId = caller.isPrescriber() ? caller.prescriberId() : prescription.prescriberId();
        LocalDate writtenOn = prescription.writtenOn() == null ? today : prescription.writtenOn();
        List<OrderIntake.Accepted> accepted = accepted(prescription, schedule, prescriberId, writtenOn, caller, today);

        Regimen regimen = newRegimen(prescription, prescriberId, writtenOn, schedule, accepted.get(0), caller);
        regimen.idempotencyKey = idempotencyKey;
        regimen.requestHash = requestHash;
        IdempotentSubmission.claimingKey(IDEMPOTENCY_CONSTRAINT, regimen::persistAndFlush);
        List<CompoundingOrder> orders = new ArrayList<>();
        for (PlannedStep step : schedule) {
            CompoundingOrder order = intake.newOrder(
                    prescription.patientId(),
                    prescriberId,
                    prescription.receivedVia(),
                    accepted.get(step.index() - 1),
                    caller);
            order.regimenId = regimen.id;
            order.stepIndex = step.index();
            lifecycle.move(
                    order,
                    OrderAction.SUBMIT,
                    caller.username(),
                    "Step " + step.index() + " of " + schedule.size() + " of regimen " + regimen.number);
            regimen.steps.add(RegimenStep.of(step, order.id));
            orders.add(order.initialized());
        }
        regimen.persistAndFlush();
        audit.recordStatusChange(
                caller.username(),
                "REGIMEN_CREATED",
                Regimen.ENTITY_TYPE,
                regimen.id,
                null,
                RegimenStatus.ACTIVE,
                null,
                Map.of("orderIds", orders.stream().map(order -> order.id).toList()));
        return RegimenDetails.of(regimen, orders);
    }

    /**
     * Every step's order content, accepted by every order rule, when the schedule passes the regimen rules too;
     * otherwise refused with every blocking finding of both (a step's with its step), the schedule's first.
     */
    private List<OrderIntake.Accepted> accepted(
            RegimenPrescription prescription,
            List<PlannedStep> schedule,
            Long prescriberId,
            LocalDate writtenOn,
            Caller caller,
            LocalDate today) {
        RegimenFacts facts = new RegimenFacts(prescription.kind(), schedule, expiresOn(prescription, writtenOn));
        List<Violation> violations = new ArrayList<>(
                RegimenRules.check(facts).blocking().stream().map(Violation::of).toList());
        List<OrderIntake.Accepted> accepted = new ArrayList<>();
        for (PlannedStep step : schedule) {
            try {
                accepted.add(intake.check(
                        prescription.patientId(),
                        prescriberId,
                        prescription.submissionOf(step).content(),
                        caller,
                        today));
            } catch (RulesBroken broken) {
                broken.findings().forEach(finding -> violations.add(atStep(finding, step.index())));
            }
        }
        if (!violations.isEmpty()) {
            throw new ApiException(violations);
        }
        return accepted;
    }

    /**
     * What the order rules cannot judge, as for an order (a prescriber in another's name is 403; the channel), a
     * schedule that would start before it was prescribed, and a step whose quantity (dose × times per day × days)
     * no order can hold (400).
     */
    private static void requireWellFormed(
            RegimenPrescription prescription, List<PlannedStep> schedule, Caller caller, LocalDate today) {
        OrderIntake.requireWellFormed(prescription.asAWhole(), caller, today);
        List<Violation> violations = new ArrayList<>();
        LocalDate writtenOn = prescription.writtenOn() == null ? today : prescription.writtenOn();
        if (prescription.startOn().isBefore(writtenOn)) {
            violations.add(Violation.invalidField(
                    "startOn", "A regimen starts on or after the day it is written (" + writtenOn + ")"));
        }
        for (PlannedStep step : schedule) {
            if (!StorableDecimals.storable(step.quantity().value())) {
                violations.add(Violation.invalidField(
                        StepFields.of("quantity", step.index()),
                        "The step's quantity (dose × times per day × days) must be " + StorableDecimals.RANGE));
            }
        }
        if (!violations.isEmpty()) {
            throw new ApiException(violations);
        }
    }

    /**
     * The day the prescription expires, as its step orders will have it: six months from writtenOn for a scheduled
     * active, a year otherwise ({@link PrescriptionValidity}); an unknown ingredient is left to the order rules.
     */
    private LocalDate expiresOn(RegimenPrescription prescription, LocalDate writtenOn) {
        CatalogIngredient ingredient = prescription.ingredientId() == null
                ? null
                : referenceData
                        .current()
                        .ingredients(List.of(prescription.ingredientId()))
                        .get(prescription.ingredientId());
        return PrescriptionValidity.expiresOn(writtenOn, ingredient != null && ingredient.deaSchedule() != null);
    }

    private static Violation atStep(Finding finding, int stepIndex) {
        return new Violation(
                ErrorCode.of(finding.code()), StepFields.of(finding.field(), stepIndex), finding.detail(), stepIndex);
    }

    private Regimen newRegimen(
            RegimenPrescription prescription,
            Long prescriberId,
            LocalDate writtenOn,
            List<PlannedStep> schedule,
            OrderIntake.Accepted firstStep,
            Caller caller) {
        LocalDate today = LocalDate.now(clock);
        Regimen regimen = new Regimen();
        regimen.number = String.format("RG-%d-%06d", today.getYear(), NumberAllocation.REGIMEN.next());
        regimen.kind = prescription.kind();
        regimen.status = RegimenStatus.ACTIVE;
        regimen.patientId = prescription.patientId();
        regimen.prescriberId = prescriberId;
        regimen.receivedVia = prescription.receivedVia() == null ? ReceivedVia.ELECTRONIC : prescription.receivedVia();
        regimen.dosageForm = prescription.dosageForm();
        regimen.ingredientId = prescription.ingredientId();
        regimen.releaseType = firstStep.content().releaseType();
        regimen.startOn = prescription.startOn();
        regimen.endOn = schedule.get(schedule.size() - 1).endOn();
        regimen.writtenOn = writtenOn;
        regimen.expiresOn = firstStep.facts().expiresOn();
        regimen.createdByUserId = caller.userId();
        regimen.createdAt = clock.instant();
        return regimen;
    }
}
