// An order in full: what was prescribed and why, every check with its outcome, what the patient must avoid, the
// prescriber's standing, the review and compounding, the history, and the actions the user's role may take now.
import {api} from '../api.js';
import {fill, h} from '../dom.js';
import {t, tOr} from '../i18n.js';
import {formatDate, formatInstant, formatQuantity} from '../format.js';
import {lookups} from '../records.js';
import {orderSummary} from '../components/order-summary.js';
import {
  ALLERGY_CHECK, allergyClasses, allergyText, exclusionText, ingredientIdsOf, ingredientMap,
} from '../components/order-allergies.js';
import {prescriberSection} from '../components/order-prescriber.js';
import {cancelSection, formulationChoices, reviewSection} from '../components/order-review.js';

const CANCELLABLE = ['SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED'];

export async function render(main, params, context) {
  const role = context.session.role;
  const records = lookups();
  const [response, history] = await Promise.all([
    api.get(`/api/v1/orders/${params.id}`),
    api.get(`/api/v1/orders/${params.id}/history`),
  ]);
  // The ETag of the version on screen: every decision below is made on it, so a change in between is a 412.
  const loaded = {order: response.data, etag: response.etag};
  const order = loaded.order;
  // What this user may not read (another prescriber's record, for a prescriber) is shown as not visible.
  const visible = (promise) => promise.catch((error) => {
    if (error.status === 403 || error.status === 404) return null;
    throw error;
  });
  const [patient, prescriber] = await Promise.all([
    visible(records.patient(order.patientId)),
    visible(records.prescriber(order.prescriberId)),
  ]);
  const ingredients = await ingredientMap(records, ingredientIdsOf([order], [patient]));
  const choices = order.status === 'SUBMITTED' && role === 'PHARMACIST' ? await formulationChoices(order) : null;

  fill(main, [
    h('h1', {}, t('order.title', {number: order.number})),
    orderSummary(order, patient, ingredients),
    actionsSection(order, role),
    checksSection(order),
    allergiesSection(order, patient, ingredients),
    prescriptionSection(order),
    prescriberSection(prescriber, order.prescriberId, patient?.address?.state ?? null),
    order.review ? reviewRecord(order.review) : null,
    order.compounding ? compoundingRecord(order.compounding) : null,
    choices ? reviewSection(loaded, choices, context) : null,
    cancellable(order, role) ? cancelSection(loaded, context) : null,
    historySection(history.data.items),
  ]);
}

function cancellable(order, role) {
  return CANCELLABLE.includes(order.status) && (role === 'PHARMACIST' || role === 'PRESCRIBER');
}

/** Links to the next step's screen, for the roles that do that step. */
function actionsSection(order, role) {
  const staff = role === 'PHARMACIST' || role === 'TECHNICIAN';
  const link = (route, key) => h('li', {}, h('a', {href: `#/orders/${order.id}/${route}`, class: 'button'}, t(key)));
  const links = [];
  if (order.status === 'CHANGES_REQUESTED' && (role === 'PHARMACIST' || role === 'PRESCRIBER')) {
    links.push(link('edit', 'order.action.edit'));
  }
  if (order.status === 'APPROVED' && staff) {
    links.push(link('worksheet', 'order.action.worksheet'), link('compounding', 'order.action.compounding'));
  }
  if (order.status === 'COMPOUNDED' && role === 'PHARMACIST') links.push(link('verification', 'order.action.verify'));
  if (order.status === 'VERIFIED' && staff) {
    links.push(link('label', 'order.action.label'));
    if (role === 'PHARMACIST') links.push(link('verification', 'order.action.discard'));
  }
  if (!links.length) return null;
  return h('nav', {class: 'order-actions', 'aria-label': t('order.actions')}, h('ul', {class: 'plain'}, links));
}

function definitions(rows) {
  return h('dl', {}, rows.filter(([, value]) => value !== null && value !== undefined)
      .map(([label, value]) => [h('dt', {}, t(label)), h('dd', {}, value)]));
}

function prescriptionSection(order) {
  const rationale = order.clinicalRationale;
  const consent = order.informedConsent;
  const refillOf = order.refillOf
    ? h('a', {href: `#/orders/${order.refillOf}`}, t('order.refillOfLink', {id: order.refillOf})) : null;
  const fills = order.fills.length
    ? h('ul', {class: 'plain'}, order.fills.map((fill) =>
      h('li', {}, h('a', {href: `#/orders/${fill.orderId}`}, t('order.fillLink', {fill: fill.fillNumber})))))
    : null;
  return h('section', {class: 'prescription', 'aria-labelledby': 'prescription-heading'},
      h('h2', {id: 'prescription-heading'}, t('order.prescription')),
      definitions([
        ['order.releaseType', tOr(`order.release.${order.releaseType}`, order.releaseType)],
        ['order.dose', t('order.doseValue', {amount: formatQuantity(order.dose.amount), times: order.dose.timesPerDay})],
        ['order.daysSupply', order.daysSupply ?? t('format.none')],
        ['order.rationale', rationale
          ? t('order.rationaleValue', {categories: rationale.categories.map((category) =>
            tOr(`order.rationale.${category}`, category)).join(', '), text: rationale.text})
          : t('format.none')],
        ['order.consent', consent
          ? t(consent.obtained ? 'order.consentObtained' : 'order.consentNotObtained', {
            alternatives: t(consent.alternativesDiscussed ? 'order.alternativesDiscussed' : 'order.alternativesNotDiscussed'),
            date: formatDate(consent.date)})
          : t('format.none')],
        ['order.receivedVia', tOr(`order.via.${order.receivedVia}`, order.receivedVia)],
        ['order.received', formatInstant(order.createdAt)],
        ['order.writtenOn', formatDate(order.writtenOn)],
        ['order.issuedOn', formatDate(order.issuedOn)],
        ['order.expiresOn', formatDate(order.expiresOn)],
        ['order.reassessBy', formatDate(order.reassessBy)],
        ['order.refills', t('order.refillsValue', {refills: order.refills, remaining: order.refillsRemaining})],
        ['order.fillNumber', String(order.fillNumber)],
        ['order.refillOf', refillOf],
        ['order.fills', fills],
        ['order.regimenStep', order.regimenId
          ? t('order.regimenStepValue', {step: order.stepIndex, regimen: order.regimenId}) : null],
      ]));
}

function checksSection(order) {
  return h('section', {class: 'checks', 'aria-labelledby': 'checks-heading'},
      h('h2', {id: 'checks-heading'}, t('order.checks')),
      h('table', {class: 'checks'},
          h('caption', {}, t('order.checksCaption', {count: order.checks.length})),
          h('thead', {}, h('tr', {}, ['code', 'outcome', 'detail']
              .map((column) => h('th', {scope: 'col'}, t(`order.check.${column}`))))),
          h('tbody', {}, order.checks.map((check) => h('tr', {dataset: {code: check.code}},
              h('th', {scope: 'row'}, check.code),
              h('td', {class: `outcome outcome-${check.outcome.toLowerCase()}`},
                  t('order.outcome', {code: check.outcome, words: tOr(`outcome.${check.outcome}`, check.outcome)})),
              h('td', {}, check.detail))))));
}

function allergiesSection(order, patient, ingredients) {
  const fromAllergies = order.checks.some((check) => check.code === ALLERGY_CHECK) ? allergyClasses(patient) : new Set();
  const allergies = !patient
    ? h('p', {class: 'notice'}, t('order.patientNotVisible'))
    : patient.allergies.length
      ? h('ul', {class: 'allergy-list'}, patient.allergies.map((allergy) => h('li', {}, allergyText(allergy, ingredients))))
      : h('p', {}, t('order.noAllergies'));
  const exclusions = order.excludedAllergens.length
    ? h('ul', {class: 'exclusion-list'}, order.excludedAllergens.map((allergen) =>
      h('li', {dataset: {allergen}}, exclusionText(allergen, fromAllergies))))
    : h('p', {}, t('order.noExclusions'));
  return h('section', {class: 'allergies', 'aria-labelledby': 'allergies-heading'},
      h('h2', {id: 'allergies-heading'}, t('order.allergiesTitle')),
      h('h3', {}, t('order.patientAllergies')), allergies,
      h('h3', {}, t('order.exclusions')), exclusions);
}

function reviewRecord(review) {
  return h('section', {class: 'review-record', 'aria-labelledby': 'review-record-heading'},
      h('h2', {id: 'review-record-heading'}, t('order.reviewRecord')),
      definitions([
        ['order.reviewDecision', tOr(`order.decision.${review.decision}`, review.decision)],
        ['order.reviewedBy', review.reviewedBy],
        ['order.reviewedAt', formatInstant(review.reviewedAt)],
        ['order.reviewNote', review.note ?? t('format.none')],
      ]));
}

function compoundingRecord(compounding) {
  return h('section', {class: 'compounding-record', 'aria-labelledby': 'compounding-record-heading'},
      h('h2', {id: 'compounding-record-heading'}, t('order.compoundingRecord')),
      definitions([
        ['order.lot', compounding.preparationLot],
        ['order.compoundedOn', formatDate(compounding.compoundedOn)],
        ['order.beyondUseDate', formatDate(compounding.beyondUseDate)],
        ['order.compoundedBy', compounding.compoundedBy],
      ]));
}

function historySection(entries) {
  const status = (value) => (value ? tOr(`status.${value}`, value) : t('format.none'));
  return h('section', {class: 'history', 'aria-labelledby': 'history-heading'},
      h('h2', {id: 'history-heading'}, t('order.history')),
      h('ol', {class: 'timeline'}, entries.map((entry) => h('li', {dataset: {action: entry.action}},
          h('p', {class: 'when'}, t('order.historyEntry', {
            at: formatInstant(entry.at), actor: entry.actor, action: tOr(`order.historyAction.${entry.action}`, entry.action),
          })),
          entry.fromStatus || entry.toStatus
            ? h('p', {class: 'move'}, t('order.historyMove', {from: status(entry.fromStatus), to: status(entry.toStatus)}))
            : null,
          entry.note ? h('p', {class: 'note'}, t('order.historyNote', {note: entry.note})) : null))));
}
