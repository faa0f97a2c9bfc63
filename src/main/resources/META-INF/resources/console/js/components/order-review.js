// The pharmacist's decisions on an order: approve with a master formulation version, reject or send back for
// changes with a reason, and cancel. The API judges every decision; its violations land beside the fields.
import {api} from '../api.js';
import {h, field} from '../dom.js';
import {t} from '../i18n.js';
import {submitting} from '../problem.js';
import {valueIn} from '../vocabulary.js';

function sameAmount(one, other) {
  const a = Number(one.value);
  const b = valueIn(other, one.unit);
  if (b === null) return false;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** True when the version makes exactly the order: same actives, each at the ordered strength (form is filtered). */
export function matchesOrder(formulation, order) {
  return formulation.actives.length === order.actives.length
      && order.actives.every((ordered) => formulation.actives.some((active) =>
        active.ingredientId === ordered.ingredientId && sameAmount(active.amountPerUnit, ordered.strength)));
}

/** The ACTIVE versions of the order's dosage form that use any of its actives, matching ones first. */
export async function formulationChoices(order) {
  const pages = await Promise.all([...new Set(order.actives.map((active) => active.ingredientId))].map((ingredientId) =>
    api.get('/api/v1/formulations', {ingredientId, dosageForm: order.dosageForm, status: 'ACTIVE', size: 100})));
  const byId = new Map();
  for (const page of pages) {
    for (const formulation of page.data.items) {
      if (formulation.status === 'ACTIVE') byId.set(formulation.id, formulation);
    }
  }
  const all = [...byId.values()];
  return {
    matching: all.filter((formulation) => matchesOrder(formulation, order)),
    others: all.filter((formulation) => !matchesOrder(formulation, order)),
  };
}

function formulationOption(formulation) {
  return h('option', {value: String(formulation.id)}, t('order.review.formulationOption', {
    name: formulation.name, record: formulation.recordNumber, version: formulation.versionNumber,
  }));
}

/**
 * The review section for a SUBMITTED order. loaded = {order, etag}; after a decision the detail re-renders and
 * the result is announced.
 */
export function reviewSection(loaded, choices, context) {
  const {order} = loaded;
  const reload = () => context.reload();

  const formulationSelect = h('select', {name: 'formulationId', required: true},
      h('option', {value: ''}, t('order.review.chooseFormulation')),
      choices.matching.length
        ? h('optgroup', {label: t('order.review.matching')}, choices.matching.map(formulationOption)) : null,
      choices.others.length
        ? h('optgroup', {label: t('order.review.notMatching')}, choices.others.map(formulationOption)) : null);
  if (choices.matching.length === 1) formulationSelect.value = String(choices.matching[0].id);
  const approveSlot = h('div', {class: 'problem-slot'});
  const approveForm = h('form', {class: 'review-approve', novalidate: true},
      field(t('order.review.formulation'), formulationSelect, {
        name: 'formulationId',
        hint: choices.matching.length || choices.others.length
          ? t('order.review.formulationHint', {matching: choices.matching.length, others: choices.others.length})
          : t('order.review.noFormulations'),
      }),
      field(t('order.review.note'), h('textarea', {name: 'note', maxlength: '2000'}), {name: 'note'}),
      h('button', {type: 'submit', class: 'primary', value: 'APPROVE'}, t('order.review.approve')));
  approveForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const note = approveForm.elements.note.value.trim();
    const body = {decision: 'APPROVE', formulationId: formulationSelect.value ? Number(formulationSelect.value) : null};
    if (note) body.note = note;
    await decide(approveForm, approveSlot, body, 'order.review.approved');
  });

  const returnSlot = h('div', {class: 'problem-slot'});
  const returnForm = h('form', {class: 'review-return', novalidate: true},
      field(t('order.review.reason'), h('textarea', {name: 'reason', maxlength: '2000'}),
          {name: 'reason', hint: t('order.review.reasonHint')}),
      h('div', {class: 'actions', dataset: {field: 'decision'}},
          h('button', {type: 'submit', class: 'danger', value: 'REJECT'}, t('order.review.reject')),
          // A refill or a regimen step cannot be changed on its own (the API answers 409): reject it instead.
          order.refillOf || order.regimenId ? null : [' ',
            h('button', {type: 'submit', value: 'REQUEST_CHANGES'}, t('order.review.requestChanges'))]));
  returnForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    // Enter in the reason field submits with no button: the pharmacist has not chosen yet.
    const decision = event.submitter?.value;
    if (!decision) return;
    const reason = returnForm.elements.reason.value;
    await decide(returnForm, returnSlot, {decision, reason}, decision === 'REJECT' ? 'order.review.rejected' : 'order.review.changesRequested');
  });

  async function decide(form, slot, body, doneKey) {
    const done = await submitting(form, slot,
        () => api.post(`/api/v1/orders/${order.id}/review`, body, {ifMatch: loaded.etag}), {onReload: reload});
    if (done) {
      context.announce(t(doneKey, {number: order.number}));
      context.reload();
    }
  }

  return h('section', {class: 'review', 'aria-labelledby': 'review-heading'},
      h('h2', {id: 'review-heading'}, t('order.review.title')),
      h('h3', {}, t('order.review.approveTitle')),
      approveSlot, approveForm,
      h('h3', {}, t('order.review.returnTitle')),
      returnSlot, returnForm);
}

/** Cancelling with a reason (SUBMITTED, CHANGES_REQUESTED, APPROVED; the pharmacist, or the prescriber for its own). */
export function cancelSection(loaded, context) {
  const {order} = loaded;
  const slot = h('div', {class: 'problem-slot'});
  const form = h('form', {class: 'cancel-order', novalidate: true},
      field(t('order.cancel.reason'), h('textarea', {name: 'reason', maxlength: '1000'}), {name: 'reason'}),
      h('button', {type: 'submit', class: 'danger'}, t('order.cancel.submit')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const done = await submitting(form, slot, () => api.post(`/api/v1/orders/${order.id}/cancel`,
        {reason: form.elements.reason.value}, {ifMatch: loaded.etag}), {onReload: () => context.reload()});
    if (done) {
      context.announce(t('order.cancel.done', {number: order.number}));
      context.reload();
    }
  });
  return h('section', {class: 'cancel', 'aria-labelledby': 'cancel-heading'},
      h('h2', {id: 'cancel-heading'}, t('order.cancel.title')), slot, form);
}
