// Previous/next paging for the API's list answers ({items, page, size, total}).
import {h} from '../dom.js';
import {t} from '../i18n.js';

/** A <nav> with the position and two buttons; onPage(page) is called with the page to show. */
export function pager(list, onPage) {
  const pages = Math.max(1, Math.ceil(list.total / list.size));
  return h('nav', {class: 'pager', 'aria-label': t('list.pageOf', {page: list.page + 1, pages, total: list.total})},
      h('button', {type: 'button', class: 'previous', disabled: list.page === 0, onclick: () => onPage(list.page - 1)},
          t('list.previous')),
      h('span', {}, t('list.pageOf', {page: list.page + 1, pages, total: list.total})),
      h('button', {type: 'button', class: 'next', disabled: list.page + 1 >= pages, onclick: () => onPage(list.page + 1)},
          t('list.next')));
}
