// What the release screens (worksheet, compounding, verification, label) share: the order with its ETag and the
// records its summary names, the worksheet's lines with their role in the formulation, and the notice for an order
// in a status the screen does not serve.
import {api} from '../api.js';
import {h} from '../dom.js';
import {t, tOr} from '../i18n.js';
import {formatQuantity} from '../format.js';
import {lookups} from '../records.js';
import {orderSummary} from './order-summary.js';

/** {order, etag, records, summary(order?)}: summary renders the order block, for a newer order too. */
export async function loadOrder(id) {
  const records = lookups();
  const response = await api.get(`/api/v1/orders/${id}`);
  const order = response.data;
  // The summary reads better with names, but an order is still shown when a record cannot be read.
  const [patient, ingredients] = await Promise.all([
    records.patient(order.patientId).catch(() => null),
    Promise.all(order.actives.map((active) => records.ingredient(active.ingredientId).catch(() => null))),
  ]);
  const byId = new Map(ingredients.filter(Boolean).map((ingredient) => [ingredient.id, ingredient]));
  return {
    order,
    etag: response.etag,
    records,
    summary: (shown = order) => orderSummary(shown, patient, byId),
  };
}

/** The worksheet's lines, each with active: whether the formulation lists it as an active. */
export function worksheetLines(worksheet, formulation) {
  const actives = new Set(formulation.actives.map((active) => active.ingredientId));
  return worksheet.lines.map((line) => ({...line, active: actives.has(line.ingredientId)}));
}

export function roleText(line) {
  return t(line.active ? 'release.role.active' : 'release.role.excipient');
}

/** A worksheet line's quantity to weigh, or "qs". */
export function targetText(line) {
  return line.qs || !line.quantity ? t('release.qs') : formatQuantity(line.quantity);
}

/** The worksheet's lines as a table of ingredient, role and quantity to weigh, under caption. */
export function worksheetLinesTable(lines, caption) {
  return h('table', {class: 'worksheet-lines'},
      h('caption', {}, caption),
      h('thead', {}, h('tr', {},
          h('th', {scope: 'col'}, t('release.worksheet.ingredient')),
          h('th', {scope: 'col'}, t('release.worksheet.role')),
          h('th', {scope: 'col'}, t('release.worksheet.quantity')))),
      h('tbody', {}, lines.map((line) => h('tr', {dataset: {ingredientId: String(line.ingredientId)}},
          h('th', {scope: 'row'}, line.name),
          h('td', {}, roleText(line)),
          h('td', {class: 'target'}, targetText(line))))));
}

/** A notice that the order's status does not allow this screen, with the way back to the order. */
export function wrongStatus(order, allowed) {
  const statuses = allowed.map((status) => tOr(`status.${status}`, status));
  const allowedText = statuses.length === 2 ? t('release.or', {first: statuses[0], second: statuses[1]}) : statuses.join(', ');
  return h('div', {class: 'notice', role: 'status'},
      h('p', {}, t('release.wrongStatus', {number: order.number, status: tOr(`status.${order.status}`, order.status),
        allowed: allowedText})),
      backToOrder(order));
}

export function backToOrder(order) {
  return h('p', {class: 'no-print'}, h('a', {href: `#/orders/${order.id}`}, t('release.backToOrder', {number: order.number})));
}
