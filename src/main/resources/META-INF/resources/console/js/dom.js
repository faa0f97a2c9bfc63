// Builds DOM nodes from data as text only: API values never reach innerHTML, so a patient name cannot inject markup.

/**
 * h('p', {class: 'x', onclick: fn, dataset: {field: 'quantity'}, disabled: true}, 'text', childNode, [more])
 * Attributes set to null, undefined or false are left out; children may be strings, numbers, nodes, arrays or null.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (name === 'class') {
      element.className = value;
    } else if (name === 'value' && 'value' in element) {
      element.value = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

/**
 * Replaces an element's children the way h() adds them: null, undefined and false are left out (the DOM's own
 * replaceChildren would show a null as the text "null") and arrays are flattened.
 */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

let idCounter = 0;

/** A document-unique id for label/aria-describedby pairs. */
export function uniqueId(prefix) {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** A labelled form field: <div class="field" data-field=name><label>…</label><input></div>; returns the wrapper. */
export function field(labelText, control, {name, hint} = {}) {
  const id = control.id || uniqueId('f');
  control.id = id;
  const wrapper = h('div', {class: 'field', dataset: name ? {field: name} : undefined}, h('label', {for: id}, labelText));
  if (hint) {
    const hintId = `${id}-hint`;
    wrapper.append(h('p', {class: 'hint', id: hintId}, hint));
    control.setAttribute('aria-describedby', hintId);
  }
  wrapper.append(control);
  return wrapper;
}
