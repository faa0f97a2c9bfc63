// #/new-order: a prescriber's order in its own name, or a pharmacist's transcription of one received otherwise.
// One Idempotency-Key per form: a double click or a retry after a lost answer creates one order, not two.
import {api} from '../api.js';
import {fill, h} from '../dom.js';
import {t} from '../i18n.js';
import {submitting} from '../problem.js';
import {prescriptionForm} from '../components/prescription-form.js';

export async function render(main, params, context) {
  const transcribing = context.session.role === 'PHARMACIST';
  const {form, alerts, body} = await prescriptionForm({transcribing, submitLabel: t('newOrder.submit')});
  const idempotencyKey = newIdempotencyKey();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const response = await submitting(form, alerts,
        () => api.post('/api/v1/orders', body(), {idempotencyKey}));
    if (response) {
      const order = response.data;
      context.announce(t('newOrder.submitted', {number: order.number, status: t(`status.${order.status}`)}));
      context.navigate(`orders/${order.id}`);
    }
  });
  fill(main, 
      h('h1', {}, t(transcribing ? 'newOrder.titleTranscribing' : 'newOrder.title')),
      h('p', {}, t(transcribing ? 'newOrder.introTranscribing' : 'newOrder.intro')),
      alerts,
      form);
}

/** One key per form; crypto.randomUUID exists only on HTTPS and localhost, getRandomValues everywhere. */
function newIdempotencyKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  return [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
