// The compounding record (POST /orders/{id}/compounding-record): one lot per worksheet line, with the deviation from
// the worksheet target shown while the quantity is typed, the yield, quality-control results and a deviation note.
import {api} from '../api.js';
import {field, fill, h, uniqueId} from '../dom.js';
import {t} from '../i18n.js';
import {formatQuantity, todayInPharmacy} from '../format.js';
import {submitting} from '../problem.js';
import {backToOrder, loadOrder, roleText, targetText, worksheetLines, wrongStatus} from '../components/release-order.js';
import {dimensionOf, valueIn} from '../vocabulary.js';

const UNITS = ['mg', 'g', 'ug', 'mL'];
// The service's rule (docs/order-lifecycle.md, QUANTITY_OUT_OF_TOLERANCE), for actives.
const NOTE_PERCENT = 5;
const MAX_PERCENT = 10;

export async function render(main, {id}, context) {
  const {order, etag, summary} = await loadOrder(id);
  const title = h('h1', {}, t('release.compounding.title', {number: order.number}));
  if (order.status !== 'APPROVED') {
    fill(main, title, summary(), wrongStatus(order, ['APPROVED']));
    return;
  }
  const [worksheet, formulation, suppliers] = await Promise.all([
    api.get(`/api/v1/orders/${id}/worksheet`).then((response) => response.data),
    api.get(`/api/v1/formulations/${order.formulationId}`).then((response) => response.data),
    api.get('/api/v1/suppliers', {size: 200}).then((response) => response.data.items),
  ]);

  const compoundedOn = h('input', {type: 'date', name: 'compoundedOn', value: todayInPharmacy(), required: true});
  const components = worksheetLines(worksheet, formulation).map((line, index) => componentRow(line, index, suppliers));
  const yieldValue = h('input', {type: 'number', name: 'yield', min: '0', step: 'any', inputmode: 'decimal', required: true});
  const qualityControl = qualityControlTable(formulation.qualityControl);
  const deviationNote = h('textarea', {name: 'deviationNote', maxlength: '2000'});
  const alerts = h('div', {class: 'alerts'});
  const toleranceHintId = uniqueId('tolerance-hint');

  const form = h('form', {class: 'compounding-record', novalidate: true},
      field(t('release.compounding.compoundedOn'), compoundedOn,
          {name: 'compoundedOn', hint: t('release.compounding.compoundedOnHint')}),
      h('div', {class: 'components', dataset: {field: 'components'}},
          h('p', {class: 'hint', id: toleranceHintId}, t('release.compounding.toleranceHint')),
          h('table', {class: 'components-table', 'aria-describedby': toleranceHintId},
              h('caption', {}, t('release.compounding.componentsCaption')),
              h('thead', {}, h('tr', {},
                  ['ingredient', 'target', 'supplier', 'lotNumber', 'lotExpiry', 'quantityUsed']
                      .map((column) => h('th', {scope: 'col'}, t(`release.compounding.${column}`))))),
              h('tbody', {}, components.map((component) => component.row)))),
      field(t('release.compounding.yield', {unit: order.quantity.unit}), yieldValue,
          {name: 'yield', hint: t('release.compounding.yieldHint', {quantity: formatQuantity(order.quantity)})}),
      qualityControl.element,
      field(t('release.compounding.deviationNote'), deviationNote,
          {name: 'deviationNote', hint: t('release.compounding.deviationNoteHint')}),
      h('button', {type: 'submit', class: 'primary'}, t('release.compounding.submit')));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {
      compoundedOn: compoundedOn.value || null,
      components: components.map((component) => component.value()),
      yield: yieldValue.value === '' ? null : {value: Number(yieldValue.value), unit: order.quantity.unit},
      qualityControl: qualityControl.value(),
      deviationNote: deviationNote.value.trim() || null,
    };
    const response = await submitting(form, alerts,
        () => api.post(`/api/v1/orders/${id}/compounding-record`, body, {ifMatch: etag}),
        {onReload: () => context.reload()});
    if (response) {
      context.announce(t('release.compounding.recorded',
          {lot: response.data.compounding.preparationLot, number: response.data.number}));
      context.navigate(`orders/${id}`);
    }
  });

  fill(main, title, summary(), h('p', {}, t('release.compounding.intro')), alerts, form, backToOrder(order));
}

/** One table row per worksheet line; value() is the component as the API takes it. */
function componentRow(line, index, suppliers) {
  const path = `components[${index}]`;
  const ingredient = line.name;
  const supplier = h('select', {name: `${path}.supplierId`},
      h('option', {value: ''}, t('release.compounding.chooseSupplier')),
      supplierChoices(suppliers));
  const lotNumber = h('input', {type: 'text', name: `${path}.lotNumber`, maxlength: '64', autocomplete: 'off'});
  const expiresOn = h('input', {type: 'date', name: `${path}.expiresOn`});
  const quantity = h('input', {type: 'number', name: `${path}.quantityUsed.value`, min: '0', step: 'any',
    inputmode: 'decimal', class: 'quantity'});
  const defaultUnit = line.quantity?.unit ?? 'g';
  const unit = h('select', {name: `${path}.quantityUsed.unit`},
      UNITS.map((code) => h('option', {value: code, selected: code === defaultUnit}, t(`release.unit.${code}`))));
  // Read with the quantity it describes (aria-describedby), not announced at every keystroke.
  const tolerance = h('p', {class: 'tolerance', id: uniqueId('tolerance')});
  quantity.setAttribute('aria-describedby', tolerance.id);
  const showTolerance = () => describeTolerance(tolerance, line, quantity.value, unit.value);
  quantity.addEventListener('input', showTolerance);
  unit.addEventListener('change', showTolerance);

  const row = h('tr', {dataset: {ingredientId: String(line.ingredientId)}},
      h('th', {scope: 'row', dataset: {field: path}}, line.name, h('span', {class: 'role'}, roleText(line))),
      h('td', {class: 'target'}, targetText(line)),
      cell(`${path}.supplierId`, t('release.compounding.supplierOf', {ingredient}), supplier),
      cell(`${path}.lotNumber`, t('release.compounding.lotNumberOf', {ingredient}), lotNumber),
      cell(`${path}.expiresOn`, t('release.compounding.lotExpiryOf', {ingredient}), expiresOn),
      h('td', {dataset: {field: `${path}.quantityUsed`}},
          labelled(t('release.compounding.quantityOf', {ingredient}), quantity),
          labelled(t('release.compounding.unitOf', {ingredient}), unit),
          tolerance));
  return {
    row,
    value: () => ({
      ingredientId: line.ingredientId,
      supplierId: supplier.value === '' ? null : Number(supplier.value),
      lotNumber: lotNumber.value.trim() || null,
      expiresOn: expiresOn.value || null,
      quantityUsed: quantity.value === '' ? null : {value: Number(quantity.value), unit: unit.value},
    }),
  };
}

/** Approved suppliers first (the only ones the service accepts), each with its status in words. */
function supplierChoices(suppliers) {
  const approvedFirst = [...suppliers].sort((a, b) =>
    Number(b.status === 'APPROVED') - Number(a.status === 'APPROVED') || a.name.localeCompare(b.name));
  return approvedFirst.map((supplier) => h('option', {value: String(supplier.id)},
      t(supplier.fdaRegistered ? 'release.compounding.supplierOptionFda' : 'release.compounding.supplierOption',
          {name: supplier.name, status: t(`release.compounding.supplierStatus.${supplier.status}`)})));
}

function cell(path, labelText, control) {
  return h('td', {dataset: {field: path}}, labelled(labelText, control));
}

/** A control with its own (visually hidden) label: the column header alone does not name the ingredient. */
function labelled(labelText, control) {
  control.id = control.id || uniqueId('c');
  return [h('label', {class: 'visually-hidden', for: control.id}, labelText), control];
}

/** Writes into element how far the typed quantity is from the line's target, and what that means. */
function describeTolerance(element, line, typed, unit) {
  element.className = 'tolerance';
  fill(element);
  if (typed === '' || !line.quantity || line.qs) return;
  const percent = deviationPercent(line.quantity, Number(typed), unit);
  if (percent === null) {
    if (line.active) show(element, 'outside', t('release.compounding.tolerance.notMass'));
    return;
  }
  const shown = percent.toFixed(1);
  if (!line.active) {
    show(element, 'informative', t('release.compounding.tolerance.informative', {percent: shown}));
  } else if (percent <= NOTE_PERCENT) {
    show(element, 'within', t('release.compounding.tolerance.within', {percent: shown}));
  } else if (percent <= MAX_PERCENT) {
    show(element, 'note', t('release.compounding.tolerance.note', {percent: shown}));
  } else {
    show(element, 'outside', t('release.compounding.tolerance.outside', {percent: shown}));
  }
}

function show(element, level, message) {
  element.classList.add(`tolerance-${level}`);
  element.dataset.level = level;
  element.textContent = message;
}

/** |used − target| ÷ target in %, with used converted to the target's unit; null when either is not a mass. */
function deviationPercent(target, used, unit) {
  if (dimensionOf(unit) !== 'MASS' || dimensionOf(target.unit) !== 'MASS' || Number(target.value) === 0) return null;
  const usedInTargetUnit = valueIn({value: used, unit}, target.unit);
  const percent = Math.abs(usedInTargetUnit - Number(target.value)) * 100 / Number(target.value);
  // Binary fractions put 5 % at 5.0000000001 %: compare as the service does, in decimals.
  return Math.round(percent * 1e6) / 1e6;
}

/** The formulation's checks, one row each with a PASS/FAIL choice, and a button to add another check. */
function qualityControlTable(checks) {
  const rows = [];
  const body = h('tbody', {});
  const addRow = (check) => {
    const index = rows.length;
    const path = `qualityControl[${index}]`;
    const name = h('input', {type: 'text', name: `${path}.check`, value: check, maxlength: '200'});
    const result = h('select', {name: `${path}.result`},
        h('option', {value: ''}, t('release.compounding.qcChoose')),
        ['PASS', 'FAIL'].map((outcome) => h('option', {value: outcome}, t(`outcome.${outcome}`))));
    body.append(h('tr', {},
        cell(`${path}.check`, t('release.compounding.qcCheckNumber', {n: index + 1}), name),
        cell(`${path}.result`, t('release.compounding.qcResultNumber', {n: index + 1}), result)));
    rows.push({name, result});
    return name;
  };
  checks.forEach(addRow);
  const element = h('div', {class: 'quality-control', dataset: {field: 'qualityControl'}},
      h('table', {},
          h('caption', {}, t('release.compounding.qcCaption')),
          h('thead', {}, h('tr', {},
              h('th', {scope: 'col'}, t('release.compounding.qcCheck')),
              h('th', {scope: 'col'}, t('release.compounding.qcResult')))),
          body),
      h('button', {type: 'button', class: 'add-check', onclick: () => addRow('').focus()},
          t('release.compounding.addCheck')));
  return {
    element,
    // Every row goes to the service, so that a violation's qualityControl[i] is the i-th row on screen; only rows
    // added and left empty at the end are dropped (an "Add" clicked by mistake must not block the record).
    value: () => {
      const filled = rows.map(({name, result}) => ({check: name.value.trim(), result: result.value || null}));
      while (filled.length > checks.length && !filled.at(-1).check && !filled.at(-1).result) filled.pop();
      return filled;
    },
  };
}
