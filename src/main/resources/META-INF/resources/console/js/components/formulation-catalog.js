// What the formulation screens (and the recall search) choose from: the API's enumerations, the ingredients of the
// catalog as <select> options, and a formulation version's status as text.
import {api} from '../api.js';
import {h} from '../dom.js';
import {t, tOr} from '../i18n.js';

export const DOSAGE_FORMS = ['CAPSULE', 'TABLET', 'ORALLY_DISINTEGRATING_TABLET', 'TROCHE', 'SUPPOSITORY',
  'ORAL_SOLUTION', 'ORAL_SUSPENSION', 'NASAL_SPRAY', 'TOPICAL_CREAM', 'TOPICAL_GEL'];

/** Preparation type → its USP <795> default beyond-use limit in days (docs/order-lifecycle.md); a hint only. */
export const DEFAULT_BUD_DAYS = {
  NONAQUEOUS_SOLID: 180,
  NONAQUEOUS_ORAL_LIQUID: 90,
  AQUEOUS_PRESERVED: 35,
  AQUEOUS_NONPRESERVED: 14,
};

export const PREPARATION_TYPES = Object.keys(DEFAULT_BUD_DAYS);
export const STORAGE_CONDITIONS = ['ROOM_TEMPERATURE', 'REFRIGERATED'];
export const BUD_SOURCES = ['USP_DEFAULT', 'STABILITY_STUDY', 'USP_MONOGRAPH'];
export const FORMULATION_STATUSES = ['ACTIVE', 'RETIRED'];
/** The API's UCUM units (its aliases mcg and ml aside: it answers with ug and mL). */
export const UNITS = ['mg', 'ug', 'g', 'mL', 'mg/mL', 'ug/mL', 'mg/g', 'unit'];

const PAGE_SIZE = 200;

/** Every ingredient of the catalog (of one role when given), sorted by name; pages through the search. */
export async function allIngredients(role) {
  const ingredients = [];
  for (let page = 0; ; page += 1) {
    const {data} = await api.get('/api/v1/ingredients', {role, page, size: PAGE_SIZE});
    ingredients.push(...data.items);
    if (data.items.length < PAGE_SIZE || ingredients.length >= data.total) break;
  }
  return ingredients.sort((one, other) => one.name.localeCompare(other.name));
}

/** A <select> of ingredients by name (value = id), with a first empty option labelled emptyLabel. */
export function ingredientSelect(ingredients, {selected, emptyLabel, ...attributes} = {}) {
  return h('select', attributes,
      h('option', {value: ''}, emptyLabel),
      ingredients.map((ingredient) => h('option', {value: String(ingredient.id),
        selected: String(ingredient.id) === String(selected ?? '')}, ingredient.name)));
}

/** A <select> of an enumeration whose labels are the messages keyPrefix.VALUE, with an optional empty first option. */
export function enumSelect(values, keyPrefix, {selected, emptyLabel, ...attributes} = {}) {
  return h('select', attributes,
      emptyLabel === undefined ? null : h('option', {value: ''}, emptyLabel),
      values.map((value) => h('option', {value, selected: value === selected}, tOr(`${keyPrefix}.${value}`, value))));
}

/** ACTIVE / RETIRED in words, with a colour class that only repeats what the words say. */
export function formulationStatusBadge(status) {
  return h('span', {class: `status formulation-${status.toLowerCase()}`}, tOr(`formulationStatus.${status}`, status));
}

/** "Record MFR-000042, version 2". */
export function versionLabel(formulation) {
  return t('formulation.recordVersion', {recordNumber: formulation.recordNumber, version: formulation.versionNumber});
}
