// The label of a verified order (GET /orders/{id}/label): an HTML preview of every line, the PDF as it prints, and
// for a pharmacist the Dispense action (POST /orders/{id}/dispense).
import {api, request} from '../api.js';
import {fill, h} from '../dom.js';
import {t, tOr} from '../i18n.js';
import {formatDate, formatQuantity} from '../format.js';
import {problemView, submitting} from '../problem.js';
import {backToOrder, loadOrder, wrongStatus} from '../components/release-order.js';

const LABELLED = ['VERIFIED', 'DISPENSED'];

export async function render(main, {id}, context) {
  const {order, etag, summary} = await loadOrder(id);
  const title = h('h1', {}, t('release.label.title', {number: order.number}));
  if (!LABELLED.includes(order.status)) {
    fill(main, title, summary(), wrongStatus(order, LABELLED));
    return;
  }
  const label = (await api.get(`/api/v1/orders/${id}/label`)).data;
  const summaryHolder = h('div', {}, summary());
  fill(main, 
      title,
      summaryHolder,
      preview(label),
      await pdf(id, label),
      dispensing(order, etag, context, (dispensed) => fill(summaryHolder, summary(dispensed))),
      backToOrder(order));
}

function preview(label) {
  const actives = label.actives.map((active) => h('li', {}, t(
      active.suppliedAs ? 'release.label.activeSuppliedAs' : 'release.label.active',
      {name: active.name, strength: formatQuantity(active.strength), suppliedAs: active.suppliedAs})));
  const rows = [
    ['pharmacy', [label.pharmacy.name, label.pharmacy.address, label.pharmacy.phone].filter(Boolean).join(' · ')],
    ['prescription', t('release.label.prescriptionValue',
        {number: label.prescriptionNumber, date: formatDate(label.filledOn)})],
    ['orderNumber', label.orderNumber],
    ['patient', label.patient.name],
    ['prescriber', label.prescriber.name],
    ['actives', h('ul', {class: 'plain'}, actives)],
    ['dosageForm', tOr(`dosageForm.${label.dosageForm}`, label.dosageForm)],
    ['quantity', formatQuantity(label.quantity)],
    ['directions', label.directions],
    ['lot', label.preparationLot],
    ['compoundedOn', formatDate(label.compoundedOn)],
    ['beyondUseDate', formatDate(label.beyondUseDate)],
    ['storage', tOr(`release.storage.${label.storage}`, label.storage)],
    ['auxiliaryLabels', label.auxiliaryLabels.length
      ? h('ul', {class: 'plain'}, label.auxiliaryLabels.map((text) => h('li', {}, text)))
      : t('release.label.none')],
    ['federalCaution', label.federalCaution],
  ].filter(([, value]) => value !== null && value !== undefined);
  return h('section', {class: 'label-preview', 'aria-labelledby': 'label-preview'},
      h('h2', {id: 'label-preview'}, t('release.label.preview')),
      h('dl', {}, rows.map(([name, value]) => [
        h('dt', {}, t(`release.label.${name}`)),
        h('dd', {dataset: {labelField: name}}, value)])),
      h('p', {class: 'label-statement'}, label.statement));
}

/** The PDF in a frame and as a link; its object URL lives until the next navigation. */
async function pdf(id, label) {
  const section = h('section', {class: 'label-pdf', 'aria-labelledby': 'label-pdf'},
      h('h2', {id: 'label-pdf'}, t('release.label.pdf')));
  let blob;
  try {
    blob = (await request('GET', `/api/v1/orders/${id}/label`, {accept: 'application/pdf'})).blob;
  } catch (error) {
    if (error.status === undefined) throw error;
    section.append(h('p', {}, t('release.label.pdfFailed')), problemView(error));
    return section;
  }
  const url = URL.createObjectURL(blob);
  window.addEventListener('hashchange', () => URL.revokeObjectURL(url), {once: true});
  section.dataset.pdfType = blob.type;
  section.dataset.pdfSize = String(blob.size);
  section.append(
      h('iframe', {src: url, title: t('release.label.pdfFrame', {number: label.orderNumber}), class: 'label-frame'}),
      h('p', {}, h('a', {href: url, download: `${label.orderNumber}-label.pdf`, target: '_blank', rel: 'noopener'},
          t('release.label.pdfLink', {size: Math.max(1, Math.round(blob.size / 1024))}))));
  return section;
}

/** The Dispense action for a pharmacist on a VERIFIED order; onDispensed gets the order as the API answered it. */
function dispensing(order, etag, context, onDispensed) {
  if (order.status !== 'VERIFIED') return null;
  if (context.session.role !== 'PHARMACIST') {
    return h('p', {class: 'notice'}, t('release.label.dispenseOnlyPharmacist'));
  }
  const alerts = h('div', {class: 'alerts'});
  const result = h('div', {class: 'dispense-result', role: 'status'});
  const form = h('form', {class: 'dispense', novalidate: true},
      h('p', {class: 'hint', id: 'dispense-hint'}, t('release.label.dispenseHint')),
      h('button', {type: 'submit', class: 'primary', 'aria-describedby': 'dispense-hint'}, t('release.label.dispense')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const response = await submitting(form, alerts,
        () => api.post(`/api/v1/orders/${order.id}/dispense`, undefined, {ifMatch: etag}),
        {onReload: () => context.reload()});
    if (response) {
      form.remove();
      // The result takes the focus the removed button had; being a status, it is also what is announced.
      result.textContent = t('release.label.dispensed', {number: order.number});
      result.setAttribute('tabindex', '-1');
      result.focus();
      onDispensed(response.data);
    }
  });
  return h('section', {class: 'label-dispense', 'aria-labelledby': 'label-dispense'},
      h('h2', {id: 'label-dispense'}, t('release.label.dispense')),
      alerts, result, form);
}
