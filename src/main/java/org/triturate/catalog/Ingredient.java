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
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.triturate.common.quantity.Quantity;

/**
 * An active or an excipient as the pharmacy buys it. {@code saltFactor} is the weight of this ingredient as
 * supplied per unit of labelled strength (1 when the label states the salt itself; about 1.119 for sertraline
 * hydrochloride, whose label states the base); it is null when no source gives it.
 */
@Entity
@Table(name = "ingredient")
public class Ingredient extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IngredientRole role;

    @Convert(converter = AllergenClassesConverter.class)
    @Column(name = "allergen_classes")
    public Set<AllergenClass> allergenClasses = EnumSet.noneOf(AllergenClass.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "dea_schedule")
    public DeaSchedule deaSchedule;

    /** The lower-case moiety shared by every salt of one drug ("venlafaxine"); null for excipients. */
    @Column(name = "active_moiety")
    public String activeMoiety;

    /** What this active's labelled strengths state; null for excipients. */
    @Enumerated(EnumType.STRING)
    @Column(name = "strength_basis")
    public StrengthBasis strengthBasis;

    @Column(name = "salt_factor")
    public BigDecimal saltFactor;

    @Column(name = "potency_percent", nullable = false)
    public BigDecimal potencyPercent;

    /** Null when no source gives one: Hibernate reads both columns null as no quantity. */
    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "max_daily_dose_value"))
    @AttributeOverride(name = "unit", column = @Column(name = "max_daily_dose_unit"))
    Quantity maxDailyDose;

    /** The labelled maximum for one immediate-release dose; null when the label states none. */
    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "max_single_dose_value"))
    @AttributeOverride(name = "unit", column = @Column(name = "max_single_dose_unit"))
    Quantity maxSingleDose;

    @Column(name = "withdrawn_for_safety", nullable = false)
    public boolean withdrawnForSafety;

    @Column(name = "rems_restricted", nullable = false)
    public boolean remsRestricted;

    @Column(name = "safety_notice")
    public String safetyNotice;

    @Column(nullable = false)
    public String source;

    /** The RxNorm ingredient code (RxCUI) of this active's moiety, where a source gives it (docs/reference-data.md). */
    @Column(name = "rxnorm_code")
    public String rxnormCode;

    @Version
    public long version;

    public Quantity maxDailyDose() {
        return maxDailyDose;
    }

    public void maxDailyDose(Quantity dose) {
        maxDailyDose = dose;
    }

    public Quantity maxSingleDose() {
        return maxSingleDose;
    }

    public void maxSingleDose(Quantity dose) {
        maxSingleDose = dose;
    }

    /** The ingredients with these ids, by id, in one query; ids without an ingredient are absent. */
    public static Map<Long, Ingredient> byIds(Collection<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : Ingredient.<Ingredient>list("id in ?1", ids).stream()
                        .collect(Collectors.toMap(ingredient -> ingredient.id, Function.identity()));
    }
}
