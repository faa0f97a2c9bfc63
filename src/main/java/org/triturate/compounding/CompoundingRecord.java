package org.triturate.compounding;

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
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.triturate.common.quantity.Quantity;

/**
 * What was done to make one preparation of an order (USP &lt;795&gt; compounding record): when, by whom, from which
 * component lots, its yield and quality control, the worksheet it was checked against, its lot and beyond-use date,
 * and its verification and dispensing.
 * Never deleted: a preparation discarded at verification stays on record for recalls.
 */
@Entity
@Table(name = "compounding_record")
public class CompoundingRecord extends PanacheEntityBase {

    /** The pharmacist's verdict on a preparation. */
    public enum Verification {
        RELEASED,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "order_id", nullable = false)
    public long orderId;

    @Column(name = "formulation_id", nullable = false)
    public long formulationId;

    @Column(name = "preparation_lot", nullable = false)
    public String preparationLot;

    @Column(name = "compounded_on", nullable = false)
    public LocalDate compoundedOn;

    @Column(name = "beyond_use_date", nullable = false)
    public LocalDate beyondUseDate;

    @Column(name = "compounded_by", nullable = false)
    public String compoundedBy;

    @Column(name = "compounded_by_user_id", nullable = false)
    public long compoundedByUserId;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "yield_value", nullable = false))
    @AttributeOverride(name = "unit", column = @Column(name = "yield_unit", nullable = false))
    public Quantity batchYield;

    @Convert(converter = QualityChecksColumn.class)
    @Column(name = "quality_control", nullable = false)
    public List<QualityCheck> qualityControl = List.of();

    @Column(name = "deviation_note")
    public String deviationNote;

    /** The worksheet the record was checked against, as it was then; null for records stored before it was kept. */
    @Convert(converter = WorksheetColumn.class)
    @Column(name = "worksheet")
    public WorksheetCalculator.Worksheet worksheet;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "compounding_component", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "position")
    public List<UsedLot> components = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "verification")
    public Verification verification;

    @Column(name = "verified_by")
    public String verifiedBy;

    @Column(name = "verified_at")
    public Instant verifiedAt;

    @Column(name = "verification_note")
    public String verificationNote;

    @Column(name = "dispensed_by")
    public String dispensedBy;

    @Column(name = "dispensed_at")
    public Instant dispensedAt;
}
