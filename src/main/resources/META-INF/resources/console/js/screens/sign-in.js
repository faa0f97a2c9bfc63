// Sign in with username and password (POST /api/v1/auth/token); the token goes to api.js's memory only.
import {api} from '../api.js';
import {field, fill, h} from '../dom.js';
import {t} from '../i18n.js';
import {submitting} from '../problem.js';

export async function render(main, params, context) {
  const username = h('input', {id: 'username', name: 'username', autocomplete: 'username', required: true});
  const password = h('input', {id: 'password', name: 'password', type: 'password', autocomplete: 'current-password',
    required: true});
  const alerts = h('div', {class: 'alerts'});
  const form = h('form', {class: 'sign-in', novalidate: true},
      field(t('signIn.username'), username, {name: 'username'}),
      field(t('signIn.password'), password, {name: 'password'}),
      h('button', {type: 'submit', class: 'primary'}, t('signIn.submit')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    // One action from the password to the first screen: the button stays disabled and any failure shows here.
    await submitting(form, alerts, async () => {
      const response = await api.post('/api/v1/auth/token', {username: username.value, password: password.value});
      password.value = '';
      await context.signedIn(response.data);
    });
  });
  const message = context.signOutMessage;
  context.signOutMessage = null;
  fill(main, h('div', {},
      h('h1', {}, t('signIn.title')),
      message ? h('p', {class: 'notice', role: 'status'}, t(message)) : null,
      h('p', {}, t('signIn.intro')),
      alerts,
      form));
}
