// #/my-orders: the signed-in prescriber's orders (the API lists a prescriber's own only), newest first, filtered
// by status and paged; each number opens the order's detail.
import {api} from '../api.js';
import {field, fill, h} from '../dom.js';
import {t, tOr} from '../i18n.js';
import {formatDate, formatQuantity} from '../format.js';
import {lookups, personName} from '../records.js';
import {problemView} from '../problem.js';
import {statusBadge} from '../components/order-summary.js';
import {pager} from '../components/pager.js';

const PAGE_SIZE = 20;
const STATUSES = ['SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'COMPOUNDED', 'VERIFIED', 'DISPENSED',
  'CANCELLED'];

export async function render(main) {
  const records = lookups();
  const status = h('select', {name: 'status'},
      h('option', {value: ''}, t('myOrders.allStatuses')),
      STATUSES.map((code) => h('option', {value: code}, tOr(`status.${code}`, code))));
  const results = h('div', {class: 'my-orders-results'});
  const filter = h('form', {class: 'my-orders-filter', role: 'search', 'aria-label': t('myOrders.filter')},
      field(t('myOrders.status'), status, {name: 'status'}),
      h('button', {type: 'submit'}, t('myOrders.show')));

  const show = async (page) => {
    try {
      const {data} = await api.get('/api/v1/orders', {status: status.value, page, size: PAGE_SIZE});
      fill(results, ...await ordersTable(data, records), data.total ? pager(data, show) : null);
    } catch (error) {
      fill(results, problemView(error));
    }
  };
  filter.addEventListener('submit', async (event) => {
    event.preventDefault();
    await show(0);
  });

  await show(0);
  fill(main, 
      h('h1', {}, t('myOrders.title')),
      h('p', {}, h('a', {href: '#/new-order', class: 'button primary new-order'}, t('myOrders.newOrder'))),
      filter,
      results);
}

async function ordersTable(list, records) {
  const caption = t('myOrders.caption', {total: list.total});
  if (!list.items.length) return [h('p', {role: 'status', class: 'empty'}, t('myOrders.none'))];
  const rows = await Promise.all(list.items.map(async (order) => {
    const [patient, ingredients] = await Promise.all([
      records.patient(order.patientId),
      Promise.all(order.actives.map((active) => records.ingredient(active.ingredientId))),
    ]);
    const actives = order.actives.map((active, index) =>
      t('myOrders.active', {name: ingredients[index].name, strength: formatQuantity(active.strength)})).join(', ');
    return h('tr', {dataset: {orderId: String(order.id)}},
        h('th', {scope: 'row'}, h('a', {href: `#/orders/${order.id}`}, order.number)),
        h('td', {}, formatDate(order.issuedOn)),
        h('td', {}, personName(patient)),
        h('td', {}, t('myOrders.preparation', {actives, form: tOr(`dosageForm.${order.dosageForm}`, order.dosageForm)})),
        h('td', {class: 'status-cell'}, statusBadge(order.status)));
  }));
  return [h('table', {class: 'my-orders'},
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ['myOrders.number', 'myOrders.date', 'myOrders.patient', 'myOrders.preparationHeader',
        'myOrders.statusHeader'].map((key) => h('th', {scope: 'col'}, t(key))))),
      h('tbody', {}, rows))];
}
