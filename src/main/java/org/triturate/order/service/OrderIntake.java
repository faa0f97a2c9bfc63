package org.triturate.order.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.triturate.catalog.AllergenClass;
import org.triturate.common.persistence.NumberAllocation;
import org.triturate.common.problem.ApiException;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.problem.Violation;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.rule.Verdict;
import org.triturate.order.CompoundingOrder;
import org.triturate.order.OrderActive;
import org.triturate.order.OrderContent;
import org.triturate.order.ReceivedVia;
import org.triturate.order.Submission;
import org.triturate.order.rule.DailyDose;
import org.triturate.order.rule.IntakeRules;
import org.triturate.order.rule.OrderFacts;
import org.triturate.order.rule.OrderFacts.OrderedActive;
import org.triturate.security.Caller;

/**
 * What every new order (a submission, a regimen step, a refill) and an amendment go through: the submission must
 * make sense for the caller, every intake rule must pass, and then the content, with what the rules derived from it,
 * becomes the order's. The one rule path for every way an order comes in.
 */
@ApplicationScoped
public class OrderIntake {

    /** A reassessment 90 days after issue, unless the prescriber says otherwise. */
    private static final int DEFAULT_REASSESS_DAYS = 90;

    private final OrderFactsReader factsReader;
    private final Clock clock;

    OrderIntake(OrderFactsReader factsReader, Clock clock) {
        this.factsReader = factsReader;
        this.clock = clock;
    }

    /**
     * What the rules cannot judge because the submission contradicts itself or the caller's role: 403 for a
     * prescriber ordering in another prescriber's name, 400 for the rest (all reported at once).
     */
    public static void requireWellFormed(Submission submission, Caller caller, LocalDate today) {
        if (caller.isPrescriber()
                && submission.prescriberId() != null
                && !submission.prescriberId().equals(caller.prescriberId())) {
            throw new ApiException(
                    ErrorCode.FORBIDDEN, "prescriberId", "A prescriber submits orders only in its own name");
        }
        List<Violation> violations = new ArrayList<>();
        if (caller.isPrescriber()
                && submission.receivedVia() != null
                && submission.receivedVia() != ReceivedVia.ELECTRONIC) {
            violations.add(Violation.invalidField(
                    "receivedVia",
                    "A prescriber's own submission is ELECTRONIC; other channels are recorded by the pharmacist"));
        }
        if (!caller.isPrescriber() && submission.receivedVia() == null) {
            violations.add(Violation.invalidField(
                    "receivedVia", "A transcribed order says how it was received: PHONE, FAX, WRITTEN or ELECTRONIC"));
        }
        List<OrderContent.Active> actives = submission.content().actives();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < actives.size(); i++) {
            Long ingredientId = actives.get(i).ingredientId();
            if (ingredientId != null && !seen.add(ingredientId)) {
                violations.add(Violation.invalidField(
                        "actives[" + i + "].ingredientId", "An ingredient is listed once per order"));
            }
        }
        LocalDate reassessBy = submission.content().reassessBy();
        if (reassessBy != null && reassessBy.isBefore(today)) {
            violations.add(Violation.invalidField("reassessBy", "A reassessment date cannot be in the past"));
        }
        if (!violations.isEmpty()) {
            throw new ApiException(violations);
        }
    }

    /**
     * Runs every intake rule on the content of an order for {@code patientId} by {@code prescriberId}; refused
     * with every blocking finding unless all pass. A PRESCRIBER caller sees only its own patients.
     */
    public Accepted check(Long patientId, Long prescriberId, OrderContent content, Caller caller, LocalDate today) {
        OrderFacts facts = factsReader.read(patientId, prescriberId, content, caller.prescriberId(), today);
        return new Accepted(content, facts, IntakeRules.check(facts).requirePassed());
    }

    /**
     * A new order of accepted content, not yet recorded: numbered, issued today by the caller, with every field
     * the content and the rules give. The caller sets what its way of intake adds (an idempotency key, a regimen
     * step, the original it refills) and records it with {@code OrderLifecycle.move(order, SUBMIT, …)}; must run in
     * the transaction that records it.
     */
    public CompoundingOrder newOrder(
            long patientId, long prescriberId, ReceivedVia receivedVia, Accepted accepted, Caller caller) {
        LocalDate today = LocalDate.now(clock);
        CompoundingOrder order = new CompoundingOrder();
        order.number = nextNumber(today);
        order.patientId = patientId;
        order.prescriberId = prescriberId;
        order.receivedVia = receivedVia == null ? ReceivedVia.ELECTRONIC : receivedVia;
        order.issuedOn = today;
        order.createdByUserId = caller.userId();
        order.createdAt = clock.instant();
        accepted.copyTo(order);
        return order;
    }

    /** CO-2026-000042: the issue year and an allocated number, unique across service instances and cluster nodes. */
    private static String nextNumber(LocalDate today) {
        return String.format("CO-%d-%06d", today.getYear(), NumberAllocation.ORDER.next());
    }

    /** Content that passed the intake rules, with the facts they judged and what they concluded. */
    public record Accepted(OrderContent content, OrderFacts facts, Verdict verdict) {

        /**
         * Copies the content, and what the rules derived from it (the daily doses, the effective exclusions, the
         * prescription's expiry), onto an order whose issue date is set.
         */
        public void copyTo(CompoundingOrder order) {
            order.dosageForm = content.dosageForm();
            order.releaseType = content.releaseType();
            order.actives.clear();
            for (OrderedActive active : facts.actives()) {
                Quantity maximum = active.ingredient().maxDailyDose();
                Quantity dailyDose = DailyDose.of(
                        active.strength(),
                        facts.doseAmount(),
                        facts.timesPerDay(),
                        maximum == null ? null : maximum.unit());
                order.actives.add(OrderActive.of(active.ingredientId(), active.strength(), dailyDose));
            }
            order.requestedExclusions = AllergenClass.setOf(facts.requestedExclusions());
            order.excludedAllergens = AllergenClass.setOf(facts.effectiveExclusions());
            order.quantity(content.quantity());
            order.doseAmount(content.doseAmount());
            order.timesPerDay = content.timesPerDay();
            order.directions = content.directions().trim();
            order.daysSupply = content.daysSupply();
            order.refills = content.refills();
            // No fill has been issued from content that is still being accepted (a fill cannot be changed; its count
            // is set when it is issued).
            order.refillsRemaining = content.refills();
            order.rationaleCategories = facts.rationaleCategories();
            order.rationaleText = facts.rationaleText().trim();
            order.consentObtained = true;
            order.consentAlternativesDiscussed = true;
            order.consentDate = facts.consent().date();
            order.writtenOn = facts.writtenOn();
            order.expiresOn = facts.expiresOn();
            order.reassessBy = content.reassessBy() != null
                    ? content.reassessBy()
                    : order.issuedOn.plusDays(DEFAULT_REASSESS_DAYS);
            order.replaceChecks(verdict);
        }
    }
}
