// Verification by a second pharmacist (POST /orders/{id}/verification): the compounding and the worksheet it was
// weighed by, then RELEASE or REJECT with a note. The pharmacist who recorded the compounding sees why they cannot.
import {api} from '../api.js';
import {field, fill, h} from '../dom.js';
import {t} from '../i18n.js';
import {formatDate} from '../format.js';
import {submitting} from '../problem.js';
import {backToOrder, loadOrder, worksheetLines, worksheetLinesTable, wrongStatus} from '../components/release-order.js';

const VERIFIABLE = ['COMPOUNDED', 'VERIFIED'];

export async function render(main, {id}, context) {
  const {order, etag, summary} = await loadOrder(id);
  const title = h('h1', {}, t('release.verification.title', {number: order.number}));
  if (!VERIFIABLE.includes(order.status)) {
    fill(main, title, summary(), wrongStatus(order, VERIFIABLE));
    return;
  }
  const [worksheet, formulation] = await Promise.all([
    api.get(`/api/v1/orders/${id}/worksheet`).then((response) => response.data),
    api.get(`/api/v1/formulations/${order.formulationId}`).then((response) => response.data),
  ]);
  const decisionArea = h('div', {class: 'verification-decision'});
  // compoundedBy is the username of whoever recorded the compounding (the service compares the users themselves).
  if (order.compounding.compoundedBy === context.session.username) {
    fill(decisionArea, blocked());
  } else {
    fill(decisionArea, decisionForm(order, etag, decisionArea, context));
  }
  fill(main, 
      title,
      summary(),
      compounding(order.compounding),
      targets(worksheetLines(worksheet, formulation), order),
      decisionArea,
      backToOrder(order));
}

function compounding(record) {
  const rows = [
    ['release.verification.preparationLot', record.preparationLot],
    ['release.verification.compoundedOn', formatDate(record.compoundedOn)],
    ['release.verification.beyondUseDate', formatDate(record.beyondUseDate)],
    ['release.verification.compoundedBy', record.compoundedBy],
  ];
  return h('section', {class: 'verification-compounding', 'aria-labelledby': 'verification-compounding'},
      h('h2', {id: 'verification-compounding'}, t('release.verification.compounding')),
      h('dl', {}, rows.map(([label, value]) => [h('dt', {}, t(label)), h('dd', {}, value)])));
}

function targets(lines, order) {
  return h('section', {},
      worksheetLinesTable(lines, t('release.verification.targetsCaption')),
      h('p', {}, h('a', {href: `#/orders/${order.id}/worksheet`}, t('release.verification.worksheetLink'))));
}

function blocked() {
  return h('p', {class: 'notice blocked', role: 'status'}, t('release.verification.blocked'));
}

function decisionForm(order, etag, area, context) {
  const note = h('textarea', {name: 'note', maxlength: '2000'});
  const alerts = h('div', {class: 'alerts'});
  const form = h('form', {class: 'verification', novalidate: true},
      h('h2', {}, t('release.verification.decision')),
      alerts,
      field(t('release.verification.note'), note, {name: 'note', hint: t('release.verification.noteHint')}),
      h('p', {class: 'reject-explained', id: 'reject-explained'}, t('release.verification.rejectExplained')),
      h('div', {class: 'release-actions'},
          order.status === 'COMPOUNDED'
            ? h('button', {type: 'submit', class: 'primary', value: 'RELEASE'}, t('release.verification.release'))
            : null,
          h('button', {type: 'submit', class: 'danger', value: 'REJECT', 'aria-describedby': 'reject-explained'},
              t('release.verification.reject'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const decision = event.submitter?.value ?? 'RELEASE';
    const body = {decision, note: note.value.trim() || null};
    const response = await submitting(form, alerts, async () => {
      try {
        return await api.post(`/api/v1/orders/${order.id}/verification`, body, {ifMatch: etag});
      } catch (error) {
        if (error.codes?.includes('SELF_VERIFICATION')) {
          fill(area, blocked());
          return undefined;
        }
        throw error;
      }
    }, {onReload: () => context.reload()});
    if (response) {
      context.announce(t(decision === 'RELEASE' ? 'release.verification.released' : 'release.verification.rejected',
          {number: order.number}));
      context.navigate(`orders/${order.id}`);
    }
  });
  return form;
}
