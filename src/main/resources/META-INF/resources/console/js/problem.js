// How the console shows what the API refused: the problem's own words, each violation next to the field it names,
// and for a stale version (412) or a move the order's state no longer allows (409) an explanation and a Reload.
import {h, uniqueId} from './dom.js';
import {t} from './i18n.js';

const EXPLAINED = {
  0: 'problem.network',
  403: 'problem.forbidden',
  404: 'problem.notFound',
  409: 'problem.transition',
  412: 'problem.conflict',
  503: 'problem.unavailable',
};

/**
 * A role="alert" block for an ApiError: the title, a plain-words explanation where the status needs one, the
 * problem's detail, the violations not shown beside a field, and a Reload button for 409/412 when onReload is given.
 */
export function problemView(error, {onReload, placed = []} = {}) {
  const problem = error.problem ?? {};
  const explanation = EXPLAINED[error.status];
  // A violation that only repeats the detail (a 401's or a 412's, say) is said once.
  const rest = (error.violations ?? []).filter((violation) => !placed.includes(violation)
      && violation.message !== problem.detail);
  const box = h('div', {class: 'problem', role: 'alert', dataset: {status: String(error.status)}},
      h('p', {class: 'problem-title'}, problem.title || t(error.status === 0 ? 'problem.networkTitle' : 'problem.title')),
      explanation ? h('p', {class: 'problem-explanation'}, t(explanation)) : null,
      problem.detail ? h('p', {class: 'problem-detail'}, problem.detail) : null,
      rest.length ? h('ul', {class: 'violations'}, rest.map(violationItem)) : null,
      placed.length ? h('p', {}, t('problem.fieldsBelow')) : null);
  if (onReload && (error.status === 409 || error.status === 412)) {
    box.append(h('button', {type: 'button', class: 'reload', onclick: onReload}, t('problem.reload')));
  }
  return box;
}

function violationItem(violation) {
  return h('li', {dataset: {code: violation.code, field: violation.field ?? ''}},
      t('problem.violation', {message: violation.message ?? violation.code, code: violation.code}));
}

/**
 * Puts each violation whose field matches a [data-field] wrapper inside container next to that field (the nearest
 * enclosing path: "actives[0].strength.value" lands on "actives[0].strength" when that is the closest wrapper) and
 * marks the control invalid. Returns the violations it placed; clearFieldErrors undoes it.
 */
export function showFieldErrors(container, error) {
  clearFieldErrors(container);
  const placed = [];
  for (const violation of error.violations ?? []) {
    const wrapper = wrapperFor(container, violation.field);
    if (!wrapper) continue;
    const id = uniqueId('error');
    wrapper.classList.add('has-error');
    wrapper.append(h('p', {class: 'field-error', id, dataset: {code: violation.code}},
        t('problem.violation', {message: violation.message ?? violation.code, code: violation.code})));
    // Only a wrapper of one control marks it invalid: in a group (a table of components, a set of boxes) the first
    // control is not necessarily the one at fault; the message beside the group says which.
    const controls = wrapper.querySelectorAll('input, select, textarea');
    const control = controls.length === 1 ? controls[0] : null;
    if (control) {
      control.setAttribute('aria-invalid', 'true');
      const described = control.getAttribute('aria-describedby');
      control.setAttribute('aria-describedby', described ? `${described} ${id}` : id);
    }
    placed.push(violation);
  }
  return placed;
}

export function clearFieldErrors(container) {
  for (const message of container.querySelectorAll('.field-error')) {
    const control = message.parentElement.querySelector('[aria-invalid]');
    if (control) {
      control.removeAttribute('aria-invalid');
      const rest = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== message.id);
      if (rest.length) control.setAttribute('aria-describedby', rest.join(' '));
      else control.removeAttribute('aria-describedby');
    }
    message.parentElement.classList.remove('has-error');
    message.remove();
  }
}

function wrapperFor(container, field) {
  let path = field;
  while (path) {
    const wrapper = [...container.querySelectorAll('[data-field]')].find((element) => element.dataset.field === path);
    if (wrapper) return wrapper;
    const shorter = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    if (shorter === path) break;
    path = shorter;
  }
  return null;
}

/**
 * Runs action on a form: clears earlier messages, and on an ApiError shows violations beside their fields and the
 * rest in an alert placed in slot (an element the screen reserves above or below the form). Returns the result of
 * action, or undefined when it failed.
 */
export async function submitting(form, slot, action, {onReload} = {}) {
  clearFieldErrors(form);
  slot.replaceChildren();
  const buttons = [...form.querySelectorAll('button[type=submit]')];
  buttons.forEach((button) => { button.disabled = true; });
  try {
    return await action();
  } catch (error) {
    if (!(error instanceof Error) || error.status === undefined) throw error;
    const placed = showFieldErrors(form, error);
    const alert = problemView(error, {onReload, placed});
    slot.replaceChildren(alert);
    alert.setAttribute('tabindex', '-1');
    alert.focus();
    return undefined;
  } finally {
    buttons.forEach((button) => { button.disabled = false; });
  }
}
