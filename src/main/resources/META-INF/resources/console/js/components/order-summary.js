// The block every order screen opens with: number, status, patient, and what is to be compounded.
import {h} from '../dom.js';
import {t, tOr} from '../i18n.js';
import {formatDate, formatQuantity} from '../format.js';
import {personName} from '../records.js';

/** A status as text plus a colour class; the text alone carries the meaning. */
export function statusBadge(status) {
  return h('span', {class: `status status-${status.toLowerCase()}`}, tOr(`status.${status}`, status));
}

/**
 * order: the API's order; patient: its patient record; ingredients: Map ingredientId → ingredient record.
 * Returns a <section> with a definition list.
 */
export function orderSummary(order, patient, ingredients) {
  const actives = order.actives.map((active) => {
    const ingredient = ingredients.get(active.ingredientId);
    return h('li', {}, `${ingredient ? ingredient.name : active.ingredientId} ${formatQuantity(active.strength)}`);
  });
  const rows = [
    ['summary.number', order.number],
    ['summary.status', statusBadge(order.status)],
    ['summary.patient', patient ? `${personName(patient)} (${formatDate(patient.birthDate)})` : order.patientId],
    ['summary.dosageForm', tOr(`dosageForm.${order.dosageForm}`, order.dosageForm)],
    ['summary.actives', h('ul', {class: 'plain'}, actives)],
    ['summary.quantity', formatQuantity(order.quantity)],
    ['summary.directions', order.directions],
  ];
  return h('section', {class: 'order-summary', 'aria-label': t('summary.label')},
      h('dl', {}, rows.map(([label, value]) => [h('dt', {}, t(label)), h('dd', {}, value)])));
}
