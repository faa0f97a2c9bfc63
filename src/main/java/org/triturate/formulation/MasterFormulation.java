package org.triturate.formulation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.IngredientRole;
import org.triturate.common.persistence.Lookup;
import org.triturate.common.persistence.TextListColumn;

/**
 * One version of a master formulation record (USP &lt;795&gt;): how a preparation is made, stored and dated. A
 * version never changes after creation except that a newer version retires it; versions of one record share its
 * {@code recordNumber}, and (record number, version number) is unique in the database, so two pharmacists
 * revising one record at the same moment cannot both create its next version.
 */
@Entity
@Table(name = "master_formulation")
public class MasterFormulation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "record_number", nullable = false)
    public String recordNumber;

    @Column(name = "version_number", nullable = false)
    public int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FormulationStatus status;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "dosage_form", nullable = false)
    public DosageForm dosageForm;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "formulation_ingredient", joinColumns = @JoinColumn(name = "formulation_id"))
    @OrderColumn(name = "position")
    public List<FormulationIngredient> ingredients = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "preparation_type", nullable = false)
    public PreparationType preparationType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StorageCondition storage;

    @Column(name = "bud_days", nullable = false)
    public int budDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "bud_source", nullable = false)
    public BudSource budSource;

    @Column(name = "bud_reference")
    public String budReference;

    @Column(name = "overage_percent", nullable = false)
    public BigDecimal overagePercent;

    @Column(name = "physical_description")
    public String physicalDescription;

    @Column(name = "container_closure")
    public String containerClosure;

    @Convert(converter = TextListColumn.class)
    @Column(nullable = false)
    public List<String> steps = List.of();

    @Convert(converter = TextListColumn.class)
    @Column(name = "quality_control", nullable = false)
    public List<String> qualityControl = List.of();

    @Convert(converter = TextListColumn.class)
    @Column(name = "auxiliary_labels", nullable = false)
    public List<String> auxiliaryLabels = List.of();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** The version with this id: 404 when there is none. */
    public static MasterFormulation require(long id) {
        return MasterFormulation.<MasterFormulation>findByIdOptional(id)
                .orElseThrow(() -> Lookup.notFound("Formulation"));
    }

    public List<FormulationIngredient> actives() {
        return ingredients.stream()
                .filter(line -> line.role == IngredientRole.ACTIVE)
                .toList();
    }

    public List<FormulationIngredient> excipients() {
        return ingredients.stream()
                .filter(line -> line.role == IngredientRole.EXCIPIENT)
                .toList();
    }
}
