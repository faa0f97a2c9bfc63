// One master formulation version (PHARMACIST, TECHNICIAN): every field of it, with ingredient names, and the list of
// all versions of its record. A pharmacist revises the active version from here.
import {api} from '../api.js';
import {fill, h} from '../dom.js';
import {t, tOr} from '../i18n.js';
import {formatInstant, formatQuantity} from '../format.js';
import {lookups} from '../records.js';
import {formulationStatusBadge, versionLabel} from '../components/formulation-catalog.js';

const PAGE_SIZE = 200;

export async function render(main, params, context) {
  const {data: formulation} = await api.get(`/api/v1/formulations/${params.id}`);
  const records = lookups();
  const ids = [...formulation.actives, ...formulation.excipients].map((line) => line.ingredientId);
  const [ingredients, versions] = await Promise.all([
    Promise.all(ids.map((id) => records.ingredient(id))).then((found) => new Map(found.map((i) => [i.id, i]))),
    versionsOf(formulation),
  ]);
  const canRevise = context.session.role === 'PHARMACIST' && formulation.status === 'ACTIVE';
  fill(main, [
      h('h1', {}, formulation.name),
      h('p', {class: 'formulation-identity'},
          versionLabel(formulation), ' ', formulationStatusBadge(formulation.status)),
      formulation.status === 'RETIRED' ? h('p', {class: 'notice'}, t('formulation.retiredNotice')) : null,
      canRevise
        ? h('p', {}, h('a', {href: `#/formulations/${formulation.id}/new-version`, class: 'button primary',
          id: 'new-version'}, t('formulation.newVersion')))
        : null,
      detailsSection(formulation),
      activesSection(formulation, ingredients),
      excipientsSection(formulation, ingredients),
      listSection('steps', t('formulation.steps'), formulation.steps, 'ol'),
      listSection('quality-control', t('formulation.qualityControl'), formulation.qualityControl, 'ul'),
      listSection('auxiliary-labels', t('formulation.auxiliaryLabels'), formulation.auxiliaryLabels, 'ul'),
      versionsSection(formulation, versions)]);
}

/** Every version of the formulation's record, newest first (a record has a handful; the first page holds them). */
async function versionsOf(formulation) {
  const {data} = await api.get('/api/v1/formulations', {recordNumber: formulation.recordNumber, size: PAGE_SIZE});
  return data.items;
}

function section(id, title, ...content) {
  const headingId = `${id}-heading`;
  return h('section', {class: `formulation-${id}`, 'aria-labelledby': headingId},
      h('h2', {id: headingId}, title), ...content);
}

function detailsSection(formulation) {
  const rows = [
    ['recordNumber', formulation.recordNumber],
    ['version', formulation.versionNumber],
    ['status', formulationStatusBadge(formulation.status)],
    ['dosageForm', tOr(`dosageForm.${formulation.dosageForm}`, formulation.dosageForm)],
    ['preparationType', tOr(`preparationType.${formulation.preparationType}`, formulation.preparationType)],
    ['storage', tOr(`storageCondition.${formulation.storage}`, formulation.storage)],
    ['budDays', t('formulation.budDaysValue', {days: formulation.budDays})],
    ['budSource', tOr(`budSource.${formulation.budSource}`, formulation.budSource)],
    ['budReference', formulation.budReference ?? t('format.none')],
    ['overage', t('formulation.overageValue', {percent: formulation.overagePercent})],
    ['physicalDescription', formulation.physicalDescription ?? t('format.none')],
    ['containerClosure', formulation.containerClosure ?? t('format.none')],
    ['created', t('formulation.createdValue', {at: formatInstant(formulation.createdAt), by: formulation.createdBy})],
  ];
  return section('details', t('formulation.details'),
      h('dl', {}, rows.map(([key, value]) => [h('dt', {}, t(`formulation.${key}`)),
        h('dd', {dataset: {field: key}}, value)])));
}

function ingredientName(ingredients, id) {
  return ingredients.get(id)?.name ?? String(id);
}

function activesSection(formulation, ingredients) {
  return section('actives', t('formulation.actives'),
      h('table', {},
          h('caption', {class: 'visually-hidden'}, t('formulation.actives')),
          h('thead', {}, h('tr', {},
              h('th', {scope: 'col'}, t('formulation.ingredient')),
              h('th', {scope: 'col'}, t('formulation.amountPerUnit')))),
          h('tbody', {}, formulation.actives.map((active) => h('tr', {},
              h('th', {scope: 'row'}, ingredientName(ingredients, active.ingredientId)),
              h('td', {}, formatQuantity(active.amountPerUnit)))))));
}

function excipientsSection(formulation, ingredients) {
  if (!formulation.excipients.length) {
    return section('excipients', t('formulation.excipients'), h('p', {}, t('formulation.noExcipients')));
  }
  return section('excipients', t('formulation.excipients'),
      h('table', {},
          h('caption', {class: 'visually-hidden'}, t('formulation.excipients')),
          h('thead', {}, h('tr', {},
              h('th', {scope: 'col'}, t('formulation.ingredient')),
              h('th', {scope: 'col'}, t('formulation.function')),
              h('th', {scope: 'col'}, t('formulation.amountPerUnit')))),
          h('tbody', {}, formulation.excipients.map((excipient) => h('tr', {},
              h('th', {scope: 'row'}, ingredientName(ingredients, excipient.ingredientId)),
              h('td', {}, excipient.function),
              h('td', {}, excipient.qs ? t('formulation.qs') : formatQuantity(excipient.amountPerUnit)))))));
}

function listSection(id, title, items, listTag) {
  return section(id, title, items.length
    ? h(listTag, {}, items.map((item) => h('li', {}, item)))
    : h('p', {}, t('formulation.noneListed')));
}

function versionsSection(formulation, versions) {
  const columns = ['version', 'status', 'created', 'createdBy'];
  return section('versions', t('formulation.versions'),
      h('table', {class: 'formulation-versions'},
          h('caption', {}, t('formulation.versionsCaption', {recordNumber: formulation.recordNumber})),
          h('thead', {}, h('tr', {},
              columns.map((column) => h('th', {scope: 'col'}, t(`formulation.column.${column}`))))),
          h('tbody', {}, versions.map((version) => h('tr', {dataset: {id: String(version.id)}},
              h('th', {scope: 'row'}, version.id === formulation.id
                ? h('span', {'aria-current': 'page'}, t('formulation.thisVersion', {version: version.versionNumber}))
                : h('a', {href: `#/formulations/${version.id}`},
                    t('formulation.versionLink', {version: version.versionNumber}))),
              h('td', {}, formulationStatusBadge(version.status)),
              h('td', {}, formatInstant(version.createdAt)),
              h('td', {}, version.createdBy))))));
}
