package org.triturate.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Set;
import org.triturate.common.quantity.Quantity;

/** A drug product on the market, the reference for the "essentially a copy" rule. */
@Entity
@Table(name = "commercial_product")
public class CommercialProduct extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ingredient_id", nullable = false)
    public long ingredientId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "dosage_form", nullable = false)
    public DosageForm dosageForm;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "strength_value", nullable = false))
    @AttributeOverride(name = "unit", column = @Column(name = "strength_unit", nullable = false))
    Quantity strength;

    @Convert(converter = AllergenClassesConverter.class)
    @Column(name = "allergen_classes")
    public Set<AllergenClass> allergenClasses = EnumSet.noneOf(AllergenClass.class);

    /** True when the product's excipients could not be sourced: nobody can show that it meets an exclusion. */
    @Column(name = "allergens_unknown", nullable = false)
    public boolean allergensUnknown;

    @Enumerated(EnumType.STRING)
    @Column(name = "release_type", nullable = false)
    public ReleaseType releaseType = ReleaseType.IMMEDIATE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProductStatus status;

    @Column(nullable = false)
    public String source;

    @Version
    public long version;

    public Quantity strength() {
        return strength;
    }

    public void strength(Quantity strength) {
        this.strength = strength;
    }
}
