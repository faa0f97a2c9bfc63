// The API's enumerations the console offers as choices, in one place (docs/api-guide.md, "Quantities and units" and
// the catalog); labels come from the locale (dosageForm.X, allergen.X).

const MASS = ['mg', 'ug', 'g'];
const SOLID = {strength: MASS, amount: ['unit']};
const LIQUID = {strength: ['mg/mL', 'ug/mL'], amount: ['mL']};
const SEMISOLID = {strength: ['mg/g'], amount: ['g', 'mg', 'ug']};

/** Each dosage form → the units its strengths and its quantities and doses take; any other unit is refused. */
export const UNITS_OF_FORM = Object.freeze({
  CAPSULE: SOLID,
  TABLET: SOLID,
  ORALLY_DISINTEGRATING_TABLET: SOLID,
  TROCHE: SOLID,
  SUPPOSITORY: SOLID,
  ORAL_SOLUTION: LIQUID,
  ORAL_SUSPENSION: LIQUID,
  NASAL_SPRAY: LIQUID,
  TOPICAL_CREAM: SEMISOLID,
  TOPICAL_GEL: SEMISOLID,
});

export const DOSAGE_FORMS = Object.freeze(Object.keys(UNITS_OF_FORM));

/** The API's UCUM units (its aliases mcg and ml aside: it answers with ug and mL). */
export const UNITS = Object.freeze(['mg', 'ug', 'g', 'mL', 'mg/mL', 'ug/mL', 'mg/g', 'unit']);

export const ALLERGEN_CLASSES = Object.freeze(['DYE', 'GLUTEN', 'LACTOSE', 'SUGAR', 'SORBITOL', 'ALCOHOL', 'PARABEN',
  'SULFITE', 'ASPARTAME', 'PEANUT', 'SOY', 'GELATIN', 'CORN']);
