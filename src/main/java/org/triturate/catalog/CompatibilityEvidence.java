package org.triturate.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Documented compatibility (or incompatibility) of two actives in one dosage form. The pair is unordered: it is
 * stored with the smaller ingredient id first, so a lookup needs one comparison. A record is evidence with a
 * reference and is never changed; newer evidence is a new record.
 */
@Entity
@Table(name = "compatibility_evidence")
public class CompatibilityEvidence extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "first_ingredient_id", nullable = false)
    public long firstIngredientId;

    @Column(name = "second_ingredient_id", nullable = false)
    public long secondIngredientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "dosage_form", nullable = false)
    public DosageForm dosageForm;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CompatibilityStatus status;

    @Column(nullable = false)
    public String reference;

    @Column(name = "study_bud_days")
    public Integer studyBudDays;

    public void pair(long oneIngredientId, long otherIngredientId) {
        firstIngredientId = Math.min(oneIngredientId, otherIngredientId);
        secondIngredientId = Math.max(oneIngredientId, otherIngredientId);
    }
}
