// The console shell: sign-in state (in memory only), the role's navigation, and a hash router that renders one
// screen module at a time into <main>, then moves focus to its heading. Screens know nothing of each other beyond
// the route names below.
import {api, hasToken, setToken, whenSessionEnds} from './api.js';
import {h} from './dom.js';
import {locale, t} from './i18n.js';
import {setTimeZone} from './format.js';
import {problemView} from './problem.js';

const PHARMACY_STAFF = ['PHARMACIST', 'TECHNICIAN'];

/** route pattern → screen module (under screens/) and the roles that may open it. */
const ROUTES = [
  {pattern: /^sign-in$/, screen: 'sign-in', roles: null},
  {pattern: /^queue$/, screen: 'queue', roles: PHARMACY_STAFF},
  {pattern: /^orders\/(?<id>\d+)$/, screen: 'order', roles: [...PHARMACY_STAFF, 'PRESCRIBER']},
  {pattern: /^orders\/(?<id>\d+)\/edit$/, screen: 'order-edit', roles: ['PRESCRIBER', 'PHARMACIST']},
  {pattern: /^orders\/(?<id>\d+)\/worksheet$/, screen: 'worksheet', roles: PHARMACY_STAFF},
  {pattern: /^orders\/(?<id>\d+)\/compounding$/, screen: 'compounding', roles: PHARMACY_STAFF},
  {pattern: /^orders\/(?<id>\d+)\/verification$/, screen: 'verification', roles: ['PHARMACIST']},
  {pattern: /^orders\/(?<id>\d+)\/label$/, screen: 'label', roles: PHARMACY_STAFF},
  {pattern: /^recalls$/, screen: 'recall', roles: ['PHARMACIST']},
  {pattern: /^formulations$/, screen: 'formulations', roles: PHARMACY_STAFF},
  {pattern: /^formulations\/new$/, screen: 'formulation-editor', roles: ['PHARMACIST']},
  {pattern: /^formulations\/(?<id>\d+)$/, screen: 'formulation', roles: PHARMACY_STAFF},
  {pattern: /^formulations\/(?<id>\d+)\/new-version$/, screen: 'formulation-editor', roles: ['PHARMACIST']},
  {pattern: /^my-orders$/, screen: 'my-orders', roles: ['PRESCRIBER']},
  {pattern: /^new-order$/, screen: 'new-order', roles: ['PRESCRIBER', 'PHARMACIST']},
];

const NAVIGATION = [
  {route: 'queue', label: 'nav.queue', roles: PHARMACY_STAFF},
  {route: 'formulations', label: 'nav.formulations', roles: PHARMACY_STAFF},
  {route: 'recalls', label: 'nav.recalls', roles: ['PHARMACIST']},
  {route: 'my-orders', label: 'nav.myOrders', roles: ['PRESCRIBER']},
  {route: 'new-order', label: 'nav.newOrder', roles: ['PRESCRIBER', 'PHARMACIST']},
];

const HOME = {PHARMACIST: 'queue', TECHNICIAN: 'queue', PRESCRIBER: 'my-orders'};

/** What screens get: the signed-in user and navigation (the pharmacy's time zone is format.js's). */
const context = {
  session: null,
  navigate(route) {
    if (location.hash === `#/${route}`) render();
    else location.hash = `#/${route}`;
  },
  reload() {
    render();
  },
  /** Shows a short message to screen readers (and in the status region). */
  announce(message) {
    const announcer = document.getElementById('announcer');
    announcer.textContent = '';
    requestAnimationFrame(() => { announcer.textContent = message; });
  },
  /** Called by the sign-in screen with the token response; loads who the user is, then opens the home screen. */
  async signedIn(tokenResponse) {
    setToken(tokenResponse.accessToken);
    let me;
    let pharmacy;
    try {
      [me, pharmacy] = await Promise.all([api.get('/api/v1/users/me'), api.get('/api/v1/pharmacy')]);
    } catch (error) {
      // Signed in only once the console knows who and where: a failure here leaves nobody signed in.
      setToken(null);
      throw error;
    }
    context.session = {username: me.data.username, userId: me.data.id, role: me.data.roles[0],
      prescriberId: me.data.prescriberId};
    setTimeZone(pharmacy.data.timeZone);
    renderHeader();
    const target = pendingRoute && pendingRoute !== 'sign-in' ? pendingRoute : HOME[context.session.role] ?? 'sign-in';
    pendingRoute = null;
    context.navigate(target);
  },
  async signOut(messageKey = 'signIn.signedOut') {
    let message = messageKey;
    if (hasToken()) {
      // Ends every token of this user, not only the one in this tab.
      await api.post('/api/v1/auth/logout').catch(() => { message = 'signIn.signedOutHereOnly'; });
    }
    endSession(message);
  },
  signOutMessage: null,
};

let pendingRoute = null;

function endSession(messageKey) {
  setToken(null);
  context.session = null;
  context.signOutMessage = messageKey;
  renderHeader();
  context.navigate('sign-in');
}

whenSessionEnds(() => {
  pendingRoute = currentRoute();
  endSession('signIn.sessionEnded');
});

function currentRoute() {
  return location.hash.replace(/^#\/?/, '');
}

function renderHeader() {
  const header = document.getElementById('app-header');
  const session = context.session;
  const brand = h('p', {class: 'brand'}, t('app.name'));
  if (!session) {
    header.replaceChildren(brand);
    return;
  }
  const links = NAVIGATION.filter((item) => item.roles.includes(session.role))
      .map((item) => h('li', {}, h('a', {href: `#/${item.route}`, dataset: {route: item.route}}, t(item.label))));
  header.replaceChildren(
      brand,
      h('nav', {'aria-label': t('nav.label')}, h('ul', {}, links)),
      h('div', {class: 'session'},
          h('span', {}, t('nav.signedInAs', {username: session.username, role: t(`role.${session.role}`)})),
          h('button', {type: 'button', id: 'sign-out', onclick: () => context.signOut()}, t('nav.signOut'))));
}

function markCurrentLink(route) {
  for (const link of document.querySelectorAll('#app-header nav a')) {
    if (route === link.dataset.route || route.startsWith(`${link.dataset.route}/`)) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

let renderCount = 0;

async function render() {
  const route = currentRoute();
  const main = document.getElementById('main');
  const thisRender = ++renderCount;
  if (!context.session && route !== 'sign-in') {
    pendingRoute = route || null;
    location.replace('#/sign-in');
    return;
  }
  if (context.session && (route === 'sign-in' || route === '')) {
    location.replace(`#/${HOME[context.session.role] ?? 'queue'}`);
    return;
  }
  const match = ROUTES.map((candidate) => ({candidate, found: candidate.pattern.exec(route)}))
      .find(({found}) => found);
  main.setAttribute('aria-busy', 'true');
  main.removeAttribute('data-screen');
  // Each render gets its own holder: a render that a newer one overtook writes into a detached node.
  const holder = h('div', {class: 'screen'}, h('p', {class: 'loading'}, t('app.loading')));
  main.replaceChildren(holder);
  markCurrentLink(route);
  let screen = match?.candidate.screen ?? 'not-found';
  try {
    if (!match) {
      holder.replaceChildren(h('h1', {}, t('app.notFound')));
    } else if (context.session && match.candidate.roles && !match.candidate.roles.includes(context.session.role)) {
      screen = 'not-allowed';
      holder.replaceChildren(h('h1', {}, t(context.session.role === 'ADMIN' ? 'app.adminNotice' : 'app.notForRole',
          {role: t(`role.${context.session.role}`)})));
    } else {
      const module = await import(`./screens/${match.candidate.screen}.js`);
      await module.render(holder, match.found.groups ?? {}, context);
    }
  } catch (error) {
    if (thisRender !== renderCount) return;
    if (error.status === undefined) console.error(error);
    holder.replaceChildren(h('h1', {}, t('problem.title')), problemView(error, {onReload: () => render()}));
  }
  if (thisRender !== renderCount) return;
  const heading = main.querySelector('h1');
  document.title = t('app.title', {screen: heading ? heading.textContent : t('app.name')});
  main.dataset.screen = screen;
  main.setAttribute('aria-busy', 'false');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
}

// Routes are "#/…"; any other fragment (the skip link's "#main") is an in-page anchor, not a screen.
window.addEventListener('hashchange', () => {
  if (location.hash === '' || location.hash.startsWith('#/')) render();
});
document.getElementById('skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  document.getElementById('main').focus();
});
// index.html carries English only for a browser without scripts; everything else comes from the locale.
document.documentElement.lang = locale;
document.getElementById('skip-link').textContent = t('app.skip');
renderHeader();
render();
