package org.triturate.catalog;

import org.triturate.common.quantity.Unit;

/**
 * The dosage forms of the contract with their route and the units that fit them: unit forms have a strength per
 * unit in mg, ug or g and are counted in units; liquids have mg/mL or ug/mL and are measured in mL; semisolids
 * have mg/g and are weighed in g.
 */
public enum DosageForm {
    CAPSULE(Route.ORAL, Kind.UNIT_FORM),
    TABLET(Route.ORAL, Kind.UNIT_FORM),
    ORALLY_DISINTEGRATING_TABLET(Route.ORAL, Kind.UNIT_FORM),
    TROCHE(Route.ORAL_MUCOSAL, Kind.UNIT_FORM),
    SUPPOSITORY(Route.RECTAL, Kind.UNIT_FORM),
    ORAL_SOLUTION(Route.ORAL, Kind.LIQUID),
    ORAL_SUSPENSION(Route.ORAL, Kind.LIQUID),
    NASAL_SPRAY(Route.NASAL, Kind.LIQUID),
    TOPICAL_CREAM(Route.TOPICAL, Kind.SEMISOLID),
    TOPICAL_GEL(Route.TOPICAL, Kind.SEMISOLID);

    /** The physical kind of a form, which fixes its units. */
    public enum Kind {
        UNIT_FORM(Unit.Dimension.MASS, Unit.UNIT),
        LIQUID(Unit.Dimension.MASS_PER_VOLUME, Unit.ML),
        SEMISOLID(Unit.Dimension.MASS_PER_MASS, Unit.G);

        private final Unit.Dimension strengthDimension;
        private final Unit amountUnit;

        Kind(Unit.Dimension strengthDimension, Unit amountUnit) {
            this.strengthDimension = strengthDimension;
            this.amountUnit = amountUnit;
        }
    }

    private final Route route;
    private final Kind kind;

    DosageForm(Route route, Kind kind) {
        this.route = route;
        this.kind = kind;
    }

    public Route route() {
        return route;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether a strength in this unit fits the form (mg per capsule, mg/mL of a solution, mg/g of a cream). */
    public boolean fitsStrength(Unit unit) {
        return unit.dimension() == kind.strengthDimension;
    }

    /** The unit in which quantities and doses of this form are given: unit, mL or g. */
    public Unit amountUnit() {
        return kind.amountUnit;
    }
}
