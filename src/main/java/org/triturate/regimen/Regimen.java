package org.triturate.regimen;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Hibernate;
import org.hibernate.annotations.OptimisticLock;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.ReleaseType;
import org.triturate.common.persistence.Lookup;
import org.triturate.order.OrderStatus;
import org.triturate.order.ReceivedVia;

/**
 * A titration or taper: one active in one dosage form, taken in consecutive steps, each of which is an order of its
 * own (its {@code regimenId} and {@code stepIndex} name this regimen). The regimen keeps the schedule as prescribed.
 */
@Entity
@Table(name = "regimen")
public class Regimen extends PanacheEntityBase {

    /** The audit trail's entity type of regimens; {@code GET /regimens/{id}/history} reads it back. */
    public static final String ENTITY_TYPE = "REGIMEN";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Human-readable and unique, e.g. RG-2026-000042. */
    @Column(nullable = false, unique = true, updatable = false)
    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public RegimenKind kind;

    /** ACTIVE or CANCELLED; see {@link #status(List)} for what the API shows. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RegimenStatus status;

    @Column(name = "patient_id", nullable = false, updatable = false)
    public long patientId;

    @Column(name = "prescriber_id", nullable = false, updatable = false)
    public long prescriberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "received_via", nullable = false, updatable = false)
    public ReceivedVia receivedVia;

    @Enumerated(EnumType.STRING)
    @Column(name = "dosage_form", nullable = false, updatable = false)
    public DosageForm dosageForm;

    @Column(name = "ingredient_id", nullable = false, updatable = false)
    public long ingredientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "release_type", nullable = false, updatable = false)
    public ReleaseType releaseType;

    @Column(name = "start_on", nullable = false, updatable = false)
    public LocalDate startOn;

    /** The last day of the last step, inclusive. */
    @Column(name = "end_on", nullable = false, updatable = false)
    public LocalDate endOn;

    @Column(name = "written_on", nullable = false, updatable = false)
    public LocalDate writtenOn;

    /** The last day the prescription may be filled; the whole schedule ends by then. */
    @Column(name = "expires_on", nullable = false, updatable = false)
    public LocalDate expiresOn;

    @Column(name = "created_by_user_id", nullable = false, updatable = false)
    public long createdByUserId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;

    /** SHA-256 of the canonical JSON of the creating request, to tell a repeat from a reuse of its key. */
    @Column(name = "request_hash", updatable = false)
    public String requestHash;

    /**
     * The schedule as prescribed, step 1 first. Written once, when the steps' orders exist, within the creating
     * transaction: not a change of the regimen's version.
     */
    @ElementCollection
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "regimen_step", joinColumns = @JoinColumn(name = "regimen_id"))
    @OrderColumn(name = "position")
    public List<RegimenStep> steps = new ArrayList<>();

    @Version
    public long version;

    /** The regimen as the caller may see it: a PRESCRIBER ({@code callerPrescriberId}) sees only its own; else 404. */
    public static Regimen requireVisible(long id, Long callerPrescriberId) {
        return Regimen.<Regimen>findByIdOptional(id)
                .filter(regimen -> callerPrescriberId == null || regimen.prescriberId == callerPrescriberId)
                .orElseThrow(() -> Lookup.notFound("Regimen"));
    }

    /**
     * What the API shows: CANCELLED once cancelled; COMPLETED when every step order is final (nothing of the regimen
     * can move any more); else ACTIVE.
     */
    public RegimenStatus status(List<OrderStatus> stepOrderStatuses) {
        if (status == RegimenStatus.CANCELLED) {
            return status;
        }
        return !stepOrderStatuses.isEmpty() && stepOrderStatuses.stream().allMatch(Regimen::isFinal)
                ? RegimenStatus.COMPLETED
                : RegimenStatus.ACTIVE;
    }

    private static boolean isFinal(OrderStatus status) {
        return switch (status) {
            case DISPENSED, REJECTED, CANCELLED -> true;
            default -> false;
        };
    }

    /** This regimen with its steps loaded, so that a resource can map it after the transaction has ended. */
    public Regimen initialized() {
        Hibernate.initialize(steps);
        return this;
    }
}
