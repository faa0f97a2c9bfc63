// Placeholder until this screen is built.
import {h} from '../dom.js';
import {t} from '../i18n.js';

export async function render(main) {
  main.replaceChildren(h('h1', {}, t('app.name')));
}
