// What an order must avoid, as text: the patient's recorded allergies and the order's effective exclusions
// (requested ones plus those the service added from the allergies), and the checks that only warned.
import {h} from '../dom.js';
import {t, tOr} from '../i18n.js';

export const ALLERGY_CHECK = 'EXCLUSION_ADDED_FOR_ALLERGY';

export function allergenName(allergenClass) {
  return tOr(`allergen.${allergenClass}`, allergenClass);
}

/**
 * One patient allergy as words: "Gluten: celiac disease" or "<ingredient name>: rash" (withReaction names the message
 * that joins the two). ingredients maps ids to ingredient records (an allergy may name an ingredient instead of a
 * class).
 */
export function allergyText(allergy, ingredients, withReaction = 'order.allergyWithReaction') {
  const ingredient = allergy.ingredientId === null || allergy.ingredientId === undefined
    ? null : ingredients.get(allergy.ingredientId);
  const what = allergy.allergenClass
    ? allergenName(allergy.allergenClass)
    : (ingredient ? ingredient.name : t('order.ingredientNumber', {id: allergy.ingredientId}));
  return allergy.reaction ? t(withReaction, {what, reaction: allergy.reaction}) : what;
}

/** The patient's allergy classes, for telling which exclusions came from them. */
export function allergyClasses(patient) {
  return new Set((patient?.allergies ?? []).map((allergy) => allergy.allergenClass).filter(Boolean));
}

/** An exclusion as words, saying when the patient's allergies account for it (the service adds those). */
export function exclusionText(allergenClass, fromAllergies) {
  return fromAllergies.has(allergenClass)
    ? t('order.exclusionFromAllergy', {allergen: allergenName(allergenClass)})
    : allergenName(allergenClass);
}

/** The checks that warned, each as "WARN CODE: detail" (words beside any colour). */
export function warnings(order) {
  return order.checks.filter((check) => check.outcome === 'WARN');
}

export function warningList(order) {
  const warned = warnings(order);
  if (!warned.length) return h('span', {class: 'none'}, t('queue.noWarnings'));
  return h('ul', {class: 'plain warnings'}, warned.map((check) =>
    h('li', {class: 'outcome-warn', dataset: {code: check.code}},
        t('order.warning', {code: check.code, detail: check.detail}))));
}

/** The ingredient ids a list of orders and patients names, to read each once. */
export function ingredientIdsOf(orders, patients) {
  const ids = new Set();
  for (const order of orders) order.actives.forEach((active) => ids.add(active.ingredientId));
  for (const patient of patients) {
    for (const allergy of patient?.allergies ?? []) if (allergy.ingredientId) ids.add(allergy.ingredientId);
  }
  return [...ids];
}

/** Reads the ingredients through the screen's lookups; an unreadable one is left out (its id is shown instead). */
export async function ingredientMap(records, ids) {
  const entries = await Promise.all(ids.map((id) => records.ingredient(id).then((ingredient) => [id, ingredient],
      () => [id, null])));
  return new Map(entries.filter(([, ingredient]) => ingredient));
}
