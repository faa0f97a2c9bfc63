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

/** Each unit (and the API's aliases) as a dimension and a power of ten, the way the service converts: 37.5 mg is
 * 37500 ug. */
const UNIT_SCALE = Object.freeze({
  mg: ['MASS', 0], ug: ['MASS', -3], mcg: ['MASS', -3], g: ['MASS', 3],
  mL: ['VOLUME', 0], ml: ['VOLUME', 0],
  'mg/mL': ['MASS_PER_VOLUME', 0], 'ug/mL': ['MASS_PER_VOLUME', -3],
  'mg/g': ['MASS_PER_MASS', 0], unit: ['COUNT', 0],
});

export function dimensionOf(unit) {
  return UNIT_SCALE[unit]?.[0] ?? null;
}

/** quantity's value in unit, or null when the two units measure different things (or are unknown). */
export function valueIn(quantity, unit) {
  const from = UNIT_SCALE[quantity.unit];
  const to = UNIT_SCALE[unit];
  if (!from || !to || from[0] !== to[0]) return null;
  return Number(quantity.value) * 10 ** (from[1] - to[1]);
}
