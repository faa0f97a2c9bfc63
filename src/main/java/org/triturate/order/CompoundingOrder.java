package org.triturate.order;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Hibernate;
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.AllergenClassesConverter;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.ReleaseType;
import org.triturate.common.persistence.Lookup;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.rule.Verdict;

/** A prescription for a compounded preparation for one identified patient, as accepted by the order checks. */
@Entity
@Table(name = "compounding_order")
public class CompoundingOrder extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Human-readable and unique, e.g. CO-2026-000042. */
    @Column(nullable = false, unique = true, updatable = false)
    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrderStatus status;

    @Column(name = "patient_id", nullable = false)
    public long patientId;

    @Column(name = "prescriber_id", nullable = false)
    public long prescriberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "received_via", nullable = false)
    public ReceivedVia receivedVia;

    @Enumerated(EnumType.STRING)
    @Column(name = "dosage_form", nullable = false)
    public DosageForm dosageForm;

    @ElementCollection
    @CollectionTable(name = "order_active", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    public List<OrderActive> actives = new ArrayList<>();

    /** The exclusions as the prescriber asked for them. */
    @Convert(converter = AllergenClassesConverter.class)
    @Column(name = "requested_exclusions")
    public Set<AllergenClass> requestedExclusions = EnumSet.noneOf(AllergenClass.class);

    /** The effective exclusions: the requested ones plus the patient's allergen classes when the checks ran. */
    @Convert(converter = AllergenClassesConverter.class)
    @Column(name = "excluded_allergens")
    public Set<AllergenClass> excludedAllergens = EnumSet.noneOf(AllergenClass.class);

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "quantity_value", nullable = false))
    @AttributeOverride(name = "unit", column = @Column(name = "quantity_unit", nullable = false))
    Quantity quantity;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "dose_amount_value", nullable = false))
    @AttributeOverride(name = "unit", column = @Column(name = "dose_amount_unit", nullable = false))
    Quantity doseAmount;

    @Column(name = "dose_times_per_day", nullable = false)
    public int timesPerDay;

    @Column(nullable = false)
    public String directions;

    @Column(name = "days_supply")
    public Integer daysSupply;

    @Column(nullable = false)
    public int refills;

    @Convert(converter = RationaleCategoriesConverter.class)
    @Column(name = "rationale_categories", nullable = false)
    public Set<RationaleCategory> rationaleCategories = EnumSet.noneOf(RationaleCategory.class);

    @Column(name = "rationale_text", nullable = false)
    public String rationaleText;

    @Column(name = "consent_obtained", nullable = false)
    public boolean consentObtained;

    @Column(name = "consent_alternatives_discussed", nullable = false)
    public boolean consentAlternativesDiscussed;

    @Column(name = "consent_date")
    public LocalDate consentDate;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    /** The day the prescriber signed; the prescription's validity counts from it. */
    @Column(name = "written_on", nullable = false)
    public LocalDate writtenOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "release_type", nullable = false)
    public ReleaseType releaseType = ReleaseType.IMMEDIATE;

    @Column(name = "expires_on", nullable = false)
    public LocalDate expiresOn;

    @Column(name = "reassess_by", nullable = false)
    public LocalDate reassessBy;

    /** Passed and warning checks of the last run. */
    @ElementCollection
    @CollectionTable(name = "order_check", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    public List<OrderCheck> checks = new ArrayList<>();

    @Column(name = "created_by_user_id", nullable = false, updatable = false)
    public long createdByUserId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;

    /** SHA-256 of the canonical JSON of the creating request, to tell a repeat from a reuse of its key. */
    @Column(name = "request_hash", updatable = false)
    public String requestHash;

    /** The master formulation version chosen at approval; null before. */
    @Column(name = "formulation_id")
    public Long formulationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_decision")
    public ReviewDecision reviewDecision;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    /** The approval note, or the reason of a rejection or change request. */
    @Column(name = "review_note")
    public String reviewNote;

    /** The current preparation (null before compounding and after verification discards it). */
    @Column(name = "compounding_record_id")
    public Long compoundingRecordId;

    @Column(name = "preparation_lot")
    public String preparationLot;

    @Column(name = "compounded_on")
    public LocalDate compoundedOn;

    @Column(name = "beyond_use_date")
    public LocalDate beyondUseDate;

    @Column(name = "compounded_by")
    public String compoundedBy;

    @Column(name = "compounded_by_user_id")
    public Long compoundedByUserId;

    /** The order with this id: 404 when there is none (callers that isolate prescribers check that themselves). */
    public static CompoundingOrder require(long id) {
        return CompoundingOrder.<CompoundingOrder>findByIdOptional(id).orElseThrow(() -> Lookup.notFound("Order"));
    }

    /** The order with this id as the caller may see it: a PRESCRIBER ({@code callerPrescriberId}) sees only its own. */
    public static CompoundingOrder requireVisible(long id, Long callerPrescriberId) {
        CompoundingOrder order = require(id);
        if (!order.isVisibleTo(callerPrescriberId)) {
            throw Lookup.notFound("Order");
        }
        return order;
    }

    /** Whether a caller sees this order: a PRESCRIBER ({@code callerPrescriberId}) sees only its own, others all. */
    public boolean isVisibleTo(Long callerPrescriberId) {
        return callerPrescriberId == null || prescriberId == callerPrescriberId;
    }

    /**
     * This order with the collections its view reads loaded, so that a resource can map it after the use case's
     * transaction has ended.
     */
    public CompoundingOrder initialized() {
        Hibernate.initialize(actives);
        Hibernate.initialize(checks);
        if (hasFills()) {
            Hibernate.initialize(fills);
        }
        return this;
    }

    /** The original order this one refills; null for an original (a first fill). */
    @Column(name = "refill_of", updatable = false)
    public Long refillOf;

    /** 1 for the original, 2, 3, … for its refills. */
    @Column(name = "fill_number", nullable = false, updatable = false)
    public int fillNumber = 1;

    /** On an original: the refills not yet issued (starts at {@code refills}); on a refill: those left when it was issued. */
    @Column(name = "refills_remaining", nullable = false)
    public int refillsRemaining;

    /** On an original: the highest fill number issued so far (1 until its first refill). */
    @Column(name = "last_fill_number", nullable = false)
    public int lastFillNumber = 1;

    /** The refills of an original, by fill number; read only when {@link #hasFills()}. */
    @OneToMany
    @JoinColumn(name = "refill_of", insertable = false, updatable = false)
    @OrderBy("fillNumber")
    public List<OrderFill> fills = new ArrayList<>();

    /** The regimen this order is a step of; null for an order on its own. */
    @Column(name = "regimen_id", updatable = false)
    public Long regimenId;

    /** The 1-based step of {@link #regimenId}; null for an order on its own. */
    @Column(name = "step_index", updatable = false)
    public Integer stepIndex;

    /** Whether this is an original with refills issued: only then is {@link #fills} read. */
    public boolean hasFills() {
        return refillOf == null && lastFillNumber > 1;
    }

    /** The passes and warnings of a run of the rules become the order's checks (a blocked run never gets here). */
    public void replaceChecks(Verdict verdict) {
        checks.clear();
        verdict.passesAndWarnings().stream().map(OrderCheck::of).forEach(checks::add);
    }

    /** Forgets the current preparation: verification discarded it and the order is compounded again. */
    public void discardPreparation() {
        compoundingRecordId = null;
        preparationLot = null;
        compoundedOn = null;
        beyondUseDate = null;
        compoundedBy = null;
        compoundedByUserId = null;
    }

    @Version
    public long version;

    public Quantity quantity() {
        return quantity;
    }

    public void quantity(Quantity quantity) {
        this.quantity = quantity;
    }

    public Quantity doseAmount() {
        return doseAmount;
    }

    public void doseAmount(Quantity amount) {
        doseAmount = amount;
    }
}
