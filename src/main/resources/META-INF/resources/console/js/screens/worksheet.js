// The printable worksheet of an order (GET /orders/{id}/worksheet): the batch, what to weigh of each ingredient, the
// warnings, and the formulation's method, quality control and storage. Print shows only the sheet.
import {api} from '../api.js';
import {fill, h} from '../dom.js';
import {t, tOr} from '../i18n.js';
import {backToOrder, loadOrder, worksheetLines, worksheetLinesTable, wrongStatus} from '../components/release-order.js';

const WITH_WORKSHEET = ['APPROVED', 'COMPOUNDED', 'VERIFIED', 'DISPENSED'];

export async function render(main, {id}) {
  const {order, summary} = await loadOrder(id);
  const title = h('h1', {}, t('release.worksheet.title', {number: order.number}));
  if (!WITH_WORKSHEET.includes(order.status)) {
    fill(main, title, summary(), wrongStatus(order, WITH_WORKSHEET));
    return;
  }
  const [worksheet, formulation] = await Promise.all([
    api.get(`/api/v1/orders/${id}/worksheet`).then((response) => response.data),
    api.get(`/api/v1/formulations/${order.formulationId}`).then((response) => response.data),
  ]);
  const lines = worksheetLines(worksheet, formulation);
  fill(main, 
      title,
      h('div', {class: 'release-actions no-print'},
          h('button', {type: 'button', class: 'primary', onclick: () => window.print()}, t('release.worksheet.print')),
          order.status === 'APPROVED'
            ? h('a', {class: 'button', href: `#/orders/${order.id}/compounding`}, t('release.worksheet.toCompounding'))
            : null),
      h('div', {class: 'worksheet-sheet'},
          summary(),
          batch(order, worksheet, formulation),
          worksheetLinesTable(lines, t('release.worksheet.linesCaption')),
          warnings(worksheet, lines),
          method(formulation),
          storage(formulation)),
      backToOrder(order));
}

function batch(order, worksheet, formulation) {
  return h('section', {'aria-labelledby': 'worksheet-batch'},
      h('h2', {id: 'worksheet-batch'}, t('release.worksheet.batch')),
      h('dl', {},
          h('dt', {}, t('release.worksheet.batch')),
          h('dd', {class: 'batch-units'}, t('release.worksheet.batchUnits',
              {units: worksheet.batchUnits, unit: order.quantity.unit, overage: formulation.overagePercent})),
          h('dt', {}, t('release.worksheet.formulation')),
          h('dd', {}, t('release.worksheet.formulationName', {name: formulation.name,
            recordNumber: formulation.recordNumber, version: formulation.versionNumber}))));
}

function warnings(worksheet, lines) {
  const names = new Map(lines.map((line) => [line.ingredientId, line.name]));
  return h('section', {'aria-labelledby': 'worksheet-warnings'},
      h('h2', {id: 'worksheet-warnings'}, t('release.worksheet.warnings')),
      worksheet.warnings.length
        ? h('ul', {class: 'worksheet-warnings'}, worksheet.warnings.map((warning) => h('li', {dataset: {code: warning.code}},
            h('strong', {}, warning.code), ' ',
            t('release.warningItem', {ingredient: names.get(warning.ingredientId) ?? warning.ingredientId,
              warning: tOr(`release.warning.${warning.code}`, ''), detail: warning.detail ?? ''}))))
        : h('p', {}, t('release.worksheet.noWarnings')));
}

function method(formulation) {
  return [
    h('section', {'aria-labelledby': 'worksheet-steps'},
        h('h2', {id: 'worksheet-steps'}, t('release.worksheet.steps')),
        h('ol', {class: 'worksheet-steps'}, formulation.steps.map((step) => h('li', {}, step)))),
    h('section', {'aria-labelledby': 'worksheet-qc'},
        h('h2', {id: 'worksheet-qc'}, t('release.worksheet.qualityControl')),
        formulation.qualityControl.length
          ? h('ul', {}, formulation.qualityControl.map((check) => h('li', {}, check)))
          : h('p', {}, t('release.worksheet.noQualityControl'))),
  ];
}

function storage(formulation) {
  const rows = [
    ['release.worksheet.storage', tOr(`release.storage.${formulation.storage}`, formulation.storage)],
    ['release.worksheet.budDays', t('release.worksheet.budDaysValue', {days: formulation.budDays})],
    ['release.worksheet.container', formulation.containerClosure],
    ['release.worksheet.description', formulation.physicalDescription],
    ['release.worksheet.auxiliaryLabels', formulation.auxiliaryLabels.join('; ') || t('release.label.none')],
  ];
  return h('section', {'aria-labelledby': 'worksheet-storage'},
      h('h2', {id: 'worksheet-storage'}, t('release.worksheet.storageHeading')),
      h('dl', {}, rows.map(([label, value]) => [h('dt', {}, t(label)), h('dd', {}, value ?? t('format.none'))])));
}
