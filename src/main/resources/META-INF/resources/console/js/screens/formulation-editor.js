// The master formulation editor (PHARMACIST): a new record (#/formulations/new) or the next version of an active
// version (#/formulations/{id}/new-version, prefilled from it). The API judges the body (USP <795> rules included);
// its violations are shown beside the fields they name, whose data-field wrappers follow the request's JSON paths.
import {api} from '../api.js';
import {field, fill, h, uniqueId} from '../dom.js';
import {t, tOr} from '../i18n.js';
import {submitting} from '../problem.js';
import {allIngredients, BUD_SOURCES, DEFAULT_BUD_DAYS, DOSAGE_FORMS, enumSelect, ingredientSelect,
  PREPARATION_TYPES, STORAGE_CONDITIONS, UNITS} from '../components/formulation-catalog.js';
import {repeatableRows} from '../components/formulation-rows.js';

export async function render(main, params, context) {
  const [source, actives, excipients] = await Promise.all([
    params.id ? api.get(`/api/v1/formulations/${params.id}`).then((response) => response.data) : null,
    allIngredients('ACTIVE'),
    allIngredients('EXCIPIENT'),
  ]);
  const initial = source ? requestOf(source) : EMPTY_REQUEST;
  const form = h('form', {class: 'formulation-editor', novalidate: true});
  const read = buildForm(form, initial, actives, excipients);
  const alerts = h('div', {class: 'alerts'});

  form.append(h('div', {class: 'actions'},
      h('button', {type: 'submit', class: 'primary'},
          t(source ? 'formulationEditor.saveVersion' : 'formulationEditor.create')),
      ' ',
      h('a', {href: source ? `#/formulations/${source.id}` : '#/formulations', class: 'button'},
          t('formulationEditor.cancel'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const response = await submitting(form, alerts,
        () => api.post(source ? `/api/v1/formulations/${source.id}/versions` : '/api/v1/formulations', read()),
        {onReload: () => context.reload()});
    if (!response) return;
    const saved = response.data;
    context.announce(source
      ? t('formulationEditor.revised', {version: saved.versionNumber, recordNumber: saved.recordNumber,
        previous: source.versionNumber})
      : t('formulationEditor.created', {recordNumber: saved.recordNumber}));
    context.navigate(`formulations/${saved.id}`);
  });

  const versionNotice = source && (source.status === 'ACTIVE'
    ? t('formulationEditor.versionNotice', {next: source.versionNumber + 1, name: source.name,
      current: source.versionNumber})
    : t('formulationEditor.retiredNotice', {current: source.versionNumber}));
  fill(main, [
      h('h1', {}, source
        ? t('formulationEditor.versionTitle', {recordNumber: source.recordNumber})
        : t('formulationEditor.newTitle')),
      versionNotice ? h('p', {class: 'notice'}, versionNotice) : null,
      alerts,
      form]);
}

const EMPTY_REQUEST = Object.freeze({
  name: '', dosageForm: '', preparationType: '', storage: 'ROOM_TEMPERATURE', budDays: null,
  budSource: 'USP_DEFAULT', budReference: null, overagePercent: null, physicalDescription: null,
  containerClosure: null, actives: [emptyActive()], excipients: [], steps: [''], qualityControl: [],
  auxiliaryLabels: [],
});

function emptyActive() {
  return {ingredientId: null, amountPerUnit: {value: '', unit: 'mg'}};
}

function emptyExcipient() {
  return {ingredientId: null, function: '', qs: false, amountPerUnit: null};
}

/** A version as a request body: the same fields, without what the service assigns. */
function requestOf(version) {
  return {
    ...version,
    actives: version.actives.map(({ingredientId, amountPerUnit}) => ({ingredientId, amountPerUnit})),
    excipients: version.excipients.map(({ingredientId, function: role, qs, amountPerUnit}) =>
      ({ingredientId, function: role, qs, amountPerUnit})),
  };
}

/** Fills form with the controls of the whole body; returns read(), which gives the request body they hold. */
function buildForm(form, initial, activeIngredients, excipientIngredients) {
  const choose = t('formulationEditor.choose');
  const name = h('input', {id: 'formulation-name', value: initial.name, maxlength: 200, autocomplete: 'off'});
  const dosageForm = enumSelect(DOSAGE_FORMS, 'dosageForm', {id: 'dosage-form', selected: initial.dosageForm,
    emptyLabel: choose});
  const preparationType = enumSelect(PREPARATION_TYPES, 'preparationType', {id: 'preparation-type',
    selected: initial.preparationType, emptyLabel: choose});
  const storage = enumSelect(STORAGE_CONDITIONS, 'storageCondition', {id: 'storage', selected: initial.storage});
  const budDays = h('input', {id: 'bud-days', type: 'number', min: 1, max: 3650, step: 1, inputmode: 'numeric',
    value: initial.budDays ?? ''});
  const budSource = enumSelect(BUD_SOURCES, 'budSource', {id: 'bud-source', selected: initial.budSource});
  const budReference = h('textarea', {id: 'bud-reference', maxlength: 1000}, initial.budReference ?? '');
  const overagePercent = h('input', {id: 'overage-percent', type: 'number', min: 0, max: 100, step: '0.01',
    value: initial.overagePercent ?? ''});
  const physicalDescription = h('textarea', {id: 'physical-description', maxlength: 2000},
      initial.physicalDescription ?? '');
  const containerClosure = h('textarea', {id: 'container-closure', maxlength: 2000}, initial.containerClosure ?? '');

  const preparationField = field(t('formulationEditor.preparationType'), preparationType,
      {name: 'preparationType', hint: budHint(preparationType.value)});
  preparationType.addEventListener('change', () => {
    preparationField.querySelector('.hint').textContent = budHint(preparationType.value);
  });

  const activeRows = repeatableRows({
    name: 'actives',
    legend: t('formulationEditor.actives'),
    addLabel: t('formulationEditor.addActive'),
    removeLabel: (n) => t('formulationEditor.removeActive', {n}),
    emptyValue: emptyActive,
    initial: initial.actives,
    row: (value, index, path) => {
      const ingredient = ingredientSelect(activeIngredients, {selected: value.ingredientId, emptyLabel: choose});
      const amount = quantityFields(value.amountPerUnit, `${path}.amountPerUnit`);
      return {
        element: h('fieldset', {class: 'line', dataset: {field: path}},
            h('legend', {}, t('formulationEditor.active', {n: index + 1})),
            field(t('formulationEditor.ingredient'), ingredient, {name: `${path}.ingredientId`}),
            amount.element),
        focusTarget: ingredient,
        read: () => ({ingredientId: numberOrNull(ingredient.value), amountPerUnit: amount.read()}),
      };
    },
  });

  const excipientRows = repeatableRows({
    name: 'excipients',
    legend: t('formulationEditor.excipients'),
    addLabel: t('formulationEditor.addExcipient'),
    removeLabel: (n) => t('formulationEditor.removeExcipient', {n}),
    emptyValue: emptyExcipient,
    initial: initial.excipients,
    row: (value, index, path) => {
      const ingredient = ingredientSelect(excipientIngredients, {selected: value.ingredientId, emptyLabel: choose});
      const role = h('input', {value: value.function, maxlength: 100});
      const qs = h('input', {type: 'checkbox', id: uniqueId('qs'), checked: value.qs});
      const amount = quantityFields(value.amountPerUnit, `${path}.amountPerUnit`);
      // A qs excipient fills the unit, so it has no amount of its own.
      const showAmount = () => amount.setDisabled(qs.checked);
      qs.addEventListener('change', showAmount);
      showAmount();
      return {
        element: h('fieldset', {class: 'line', dataset: {field: path}},
            h('legend', {}, t('formulationEditor.excipient', {n: index + 1})),
            field(t('formulationEditor.ingredient'), ingredient, {name: `${path}.ingredientId`}),
            field(t('formulationEditor.function'), role, {name: `${path}.function`}),
            h('div', {class: 'field checkbox', dataset: {field: `${path}.qs`}}, qs,
                h('label', {for: qs.id}, t('formulationEditor.qs'))),
            amount.element),
        focusTarget: ingredient,
        read: () => ({ingredientId: numberOrNull(ingredient.value), function: role.value, qs: qs.checked,
          amountPerUnit: qs.checked ? null : amount.read()}),
      };
    },
  });

  const textRows = (name, legendKey, itemKey, addKey, removeKey, multiline) => repeatableRows({
    name,
    legend: t(legendKey),
    addLabel: t(addKey),
    removeLabel: (n) => t(removeKey, {n}),
    emptyValue: () => '',
    initial: initial[name],
    row: (value, index, path) => {
      const control = multiline ? h('textarea', {}, value) : h('input', {value});
      return {element: field(t(itemKey, {n: index + 1}), control, {name: path}), focusTarget: control,
        read: () => control.value};
    },
  });
  const steps = textRows('steps', 'formulationEditor.steps', 'formulationEditor.step', 'formulationEditor.addStep',
      'formulationEditor.removeStep', true);
  const qualityControl = textRows('qualityControl', 'formulationEditor.qualityControl', 'formulationEditor.check',
      'formulationEditor.addCheck', 'formulationEditor.removeCheck', false);
  const auxiliaryLabels = textRows('auxiliaryLabels', 'formulationEditor.auxiliaryLabels', 'formulationEditor.label',
      'formulationEditor.addLabel', 'formulationEditor.removeLabel', false);

  form.append(
      h('fieldset', {class: 'preparation'},
          h('legend', {}, t('formulationEditor.general')),
          field(t('formulationEditor.name'), name, {name: 'name'}),
          field(t('formulationEditor.dosageForm'), dosageForm, {name: 'dosageForm'}),
          preparationField,
          field(t('formulationEditor.storage'), storage, {name: 'storage'}),
          field(t('formulationEditor.budDays'), budDays, {name: 'budDays'}),
          field(t('formulationEditor.budSource'), budSource, {name: 'budSource'}),
          field(t('formulationEditor.budReference'), budReference, {name: 'budReference'}),
          field(t('formulationEditor.overagePercent'), overagePercent, {name: 'overagePercent'}),
          field(t('formulationEditor.physicalDescription'), physicalDescription, {name: 'physicalDescription'}),
          field(t('formulationEditor.containerClosure'), containerClosure, {name: 'containerClosure'})),
      activeRows.element,
      excipientRows.element,
      steps.element,
      qualityControl.element,
      auxiliaryLabels.element);

  return () => ({
    name: name.value,
    dosageForm: orNull(dosageForm.value),
    actives: activeRows.read(),
    excipients: excipientRows.read(),
    preparationType: orNull(preparationType.value),
    storage: storage.value,
    budDays: numberOrNull(budDays.value),
    budSource: budSource.value,
    budReference: orNull(budReference.value.trim()),
    overagePercent: numberOrNull(overagePercent.value),
    physicalDescription: orNull(physicalDescription.value.trim()),
    containerClosure: orNull(containerClosure.value.trim()),
    steps: steps.read(),
    qualityControl: qualityControl.read(),
    auxiliaryLabels: auxiliaryLabels.read(),
  });
}

function budHint(preparationType) {
  if (!preparationType) return t('formulationEditor.preparationTypeHint');
  return t('formulationEditor.budDefault', {type: tOr(`preparationType.${preparationType}`, preparationType),
    days: DEFAULT_BUD_DAYS[preparationType]});
}

/** An amount and its unit, wrapped as the quantity's path; read() is null while no amount is typed. */
function quantityFields(quantity, path) {
  const value = h('input', {type: 'number', min: 0, step: 'any', inputmode: 'decimal', value: quantity?.value ?? ''});
  const unit = h('select', {},
      UNITS.map((code) => h('option', {value: code, selected: code === quantity?.unit}, code)));
  const element = h('div', {class: 'quantity', dataset: {field: path}},
      field(t('formulationEditor.amount'), value, {name: `${path}.value`}),
      field(t('formulationEditor.unit'), unit, {name: `${path}.unit`}));
  return {
    element,
    read: () => (value.value === '' ? null : {value: Number(value.value), unit: unit.value}),
    setDisabled(disabled) {
      value.disabled = disabled;
      unit.disabled = disabled;
      if (disabled) value.value = '';
    },
  };
}

function orNull(text) {
  return text === '' ? null : text;
}

function numberOrNull(text) {
  return text === '' ? null : Number(text);
}
