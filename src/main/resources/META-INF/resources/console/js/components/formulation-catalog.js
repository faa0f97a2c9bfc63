// What the formulation screens (and the recall search) choose from: the API's enumerations, the ingredients of the
// catalog as <select> options, and a formulation version's status as text.
import {h} from '../dom.js';
import {t, tOr} from '../i18n.js';

export {DOSAGE_FORMS, UNITS} from '../vocabulary.js';
export {allIngredients} from '../records.js';

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
