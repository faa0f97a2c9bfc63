// #/orders/{id}/edit: an order the reviewer sent back (CHANGES_REQUESTED), changed and submitted again with PUT and
// the version it was read at (If-Match): a change made meanwhile by someone else is a 412 with a Reload.
import {api} from '../api.js';
import {fill, h} from '../dom.js';
import {t} from '../i18n.js';
import {formatInstant} from '../format.js';
import {submitting} from '../problem.js';
import {statusBadge} from '../components/order-summary.js';
import {prescriptionForm} from '../components/prescription-form.js';

export async function render(main, params, context) {
  const {data: order, etag} = await api.get(`/api/v1/orders/${params.id}`);
  const title = h('h1', {}, t('orderEdit.title', {number: order.number}));
  const detailLink = h('a', {href: `#/orders/${order.id}`}, t('orderEdit.backToOrder', {number: order.number}));
  if (order.status !== 'CHANGES_REQUESTED') {
    fill(main, title,
        h('p', {class: 'notice', role: 'status'}, t('orderEdit.notChangeable'), ' ', statusBadge(order.status)),
        h('p', {}, detailLink));
    return;
  }
  const {form, alerts, body} = await prescriptionForm({
    order,
    transcribing: context.session.role === 'PHARMACIST',
    submitLabel: t('orderEdit.submit'),
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const response = await submitting(form, alerts,
        () => api.put(`/api/v1/orders/${order.id}`, body(), {ifMatch: etag}),
        {onReload: () => context.reload()});
    if (response) {
      context.announce(t('orderEdit.resubmitted', {number: order.number, status: t(`status.${response.data.status}`)}));
      context.navigate(`orders/${order.id}`);
    }
  });
  fill(main, 
      title,
      h('p', {}, detailLink),
      h('section', {class: 'review-reason', 'aria-labelledby': 'review-reason-title'},
          h('h2', {id: 'review-reason-title'}, t('orderEdit.reasonTitle')),
          h('p', {class: 'reason'}, order.review?.note ?? t('orderEdit.noReason')),
          order.review ? h('p', {class: 'hint'}, t('orderEdit.reviewedBy', {reviewer: order.review.reviewedBy,
            at: formatInstant(order.review.reviewedAt)})) : null),
      alerts,
      form);
}
