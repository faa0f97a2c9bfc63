// The review queue: orders in one status, oldest first, with what a reviewer must see at a glance (warnings, the
// patient's allergies and the order's exclusions). With another status it is the list of orders to compound, to
// verify or to dispense. Filters live as long as the screen.
import {api, ApiError} from '../api.js';
import {field, fill, h, uniqueId} from '../dom.js';
import {t, tOr} from '../i18n.js';
import {formatInstant, formatQuantity} from '../format.js';
import {lookups, personName} from '../records.js';
import {problemView} from '../problem.js';
import {pager} from '../components/pager.js';
import {
  allergyClasses, allergyText, exclusionText, ingredientIdsOf, ingredientMap, warningList,
} from '../components/order-allergies.js';

const STATUSES = ['SUBMITTED', 'APPROVED', 'COMPOUNDED', 'VERIFIED', 'CHANGES_REQUESTED', 'DISPENSED', 'REJECTED',
  'CANCELLED'];
const PAGE_SIZE = 20;

export async function render(main) {
  const filters = {status: 'SUBMITTED', patientId: null, prescriberId: null, page: 0};
  const results = h('section', {class: 'queue-results', 'aria-label': t('queue.results'), 'aria-busy': 'true'});
  const patientSelect = h('select', {name: 'patientId'}, h('option', {value: ''}, t('queue.allPatients')));
  const patientSearch = patientSearchField(patientSelect);

  const statusSelect = h('select', {name: 'status'},
      STATUSES.map((status) => h('option', {value: status, selected: status === filters.status},
          t(`queue.status.${status}`))));
  const prescriberInput = h('input', {type: 'number', name: 'prescriberId', min: '1', inputmode: 'numeric'});
  const form = h('form', {class: 'queue-filters', 'aria-label': t('queue.filters')},
      field(t('queue.statusFilter'), statusSelect, {name: 'status'}),
      patientSearch,
      field(t('queue.patientFilter'), patientSelect, {name: 'patientId'}),
      field(t('queue.prescriberFilter'), prescriberInput, {name: 'prescriberId', hint: t('queue.prescriberHint')}),
      h('button', {type: 'submit', class: 'primary'}, t('queue.apply')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    filters.status = statusSelect.value;
    filters.patientId = patientSelect.value || null;
    filters.prescriberId = prescriberInput.value || null;
    filters.page = 0;
    show();
  });

  fill(main, h('h1', {}, t('queue.title')), h('p', {class: 'intro'}, t('queue.intro')), form, results);

  // Each showing is numbered: a slower answer to an earlier click never replaces the page asked for last.
  let showing = 0;
  async function show() {
    const mine = ++showing;
    results.setAttribute('aria-busy', 'true');
    try {
      const view = await listView(filters, (page) => {
        filters.page = page;
        show();
      });
      if (mine === showing) fill(results, ...view);
    } catch (error) {
      if (!(error instanceof ApiError)) console.error(error);
      if (mine === showing) {
        fill(results, error instanceof ApiError ? problemView(error) : h('p', {role: 'alert'}, t('problem.title')));
      }
    } finally {
      if (mine === showing) results.setAttribute('aria-busy', 'false');
    }
  }

  await show();
}

/** A name search that fills the patient choice with the matches (a pharmacist knows names, not ids). */
function patientSearchField(patientSelect) {
  const input = h('input', {type: 'search', name: 'patientQuery', autocomplete: 'off'});
  const status = h('p', {class: 'hint', role: 'status', id: uniqueId('patient-search')});
  const button = h('button', {type: 'button', class: 'patient-search'}, t('queue.findPatients'));
  button.addEventListener('click', async () => {
    const query = input.value.trim();
    if (!query) return;
    try {
      const found = (await api.get('/api/v1/patients', {q: query, size: 50})).data;
      fill(patientSelect, h('option', {value: ''}, t('queue.allPatients')),
          ...found.items.map((patient) => h('option', {value: String(patient.id)},
              t('queue.patientOption', {name: personName(patient), birthDate: patient.birthDate, id: patient.id}))));
      if (found.items.length) patientSelect.value = String(found.items[0].id);
      status.textContent = t('queue.patientsFound', {count: found.items.length, total: found.total});
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      status.textContent = error.message;
    }
  });
  const wrapper = field(t('queue.patientQuery'), input, {name: 'patientQuery'});
  wrapper.append(' ', button, status);
  return wrapper;
}

async function listView(filters, onPage) {
  const list = (await api.get('/api/v1/orders', {
    status: filters.status,
    patientId: filters.patientId,
    prescriberId: filters.prescriberId,
    sort: 'OLDEST',
    page: filters.page,
    size: PAGE_SIZE,
  })).data;
  const caption = t('queue.caption', {status: t(`queue.status.${filters.status}`), page: list.page + 1,
    pages: Math.max(1, Math.ceil(list.total / list.size)), total: list.total});
  if (!list.items.length) {
    return [h('p', {class: 'empty', role: 'status'}, t('queue.empty', {status: t(`queue.status.${filters.status}`)}))];
  }
  const records = lookups();
  // A record the user may not read shows as such; any other failure is the page's failure, never a silent gap in
  // the allergies a pharmacist reviews by.
  const quietly = (promise) => promise.catch((error) => {
    if (error.status === 403 || error.status === 404) return null;
    throw error;
  });
  const patients = new Map(await Promise.all([...new Set(list.items.map((order) => order.patientId))]
      .map(async (id) => [id, await quietly(records.patient(id))])));
  const prescribers = new Map(await Promise.all([...new Set(list.items.map((order) => order.prescriberId))]
      .map(async (id) => [id, await quietly(records.prescriber(id))])));
  const ingredients = await ingredientMap(records, ingredientIdsOf(list.items, [...patients.values()]));

  const table = h('table', {class: 'queue'},
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ['number', 'received', 'patient', 'preparation', 'prescriber', 'warnings', 'allergies']
          .map((column) => h('th', {scope: 'col'}, t(`queue.column.${column}`))))),
      h('tbody', {}, list.items.map((order) =>
        row(order, patients.get(order.patientId), prescribers.get(order.prescriberId), ingredients))));
  return [h('p', {class: 'visually-hidden', role: 'status'}, caption), table, pager(list, onPage)];
}

function row(order, patient, prescriber, ingredients) {
  const actives = order.actives.map((active) => t('queue.active', {
    name: ingredients.get(active.ingredientId)?.name ?? t('order.ingredientNumber', {id: active.ingredientId}),
    strength: formatQuantity(active.strength),
  })).join(' + ');
  const fromAllergies = allergyClasses(patient);
  const allergies = patient
    ? (patient.allergies.length
      ? h('ul', {class: 'plain'}, patient.allergies.map((allergy) => h('li', {}, allergyText(allergy, ingredients))))
      : h('span', {}, t('order.noAllergies')))
    : h('span', {}, t('order.patientNotVisible'));
  const exclusions = order.excludedAllergens.length
    ? h('p', {class: 'exclusions'}, t('queue.excludes', {
      list: order.excludedAllergens.map((allergen) => exclusionText(allergen, fromAllergies)).join(', ')}))
    : h('p', {class: 'exclusions'}, t('queue.noExclusions'));
  return h('tr', {dataset: {orderId: String(order.id)}},
      h('th', {scope: 'row'}, h('a', {href: `#/orders/${order.id}`}, order.number)),
      h('td', {}, formatInstant(order.createdAt)),
      h('td', {class: 'patient'}, patient ? personName(patient) : t('order.patientNumber', {id: order.patientId})),
      h('td', {}, t('queue.preparation', {actives, dosageForm: tOr(`dosageForm.${order.dosageForm}`, order.dosageForm)})),
      h('td', {}, prescriber ? personName(prescriber) : t('order.prescriberNumber', {id: order.prescriberId})),
      h('td', {class: 'warnings'}, warningList(order)),
      h('td', {class: 'allergies'}, allergies, exclusions));
}
