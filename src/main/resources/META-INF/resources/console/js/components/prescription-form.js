// The order form of new-order and order-edit: every field of the body of POST and PUT /api/v1/orders, each inside
// a wrapper whose data-field is the API's name for it, so that the violations of a 400 or 422 land beside their
// field ("actives[0].strength.unit" on the strength of the first active, "informedConsent.obtained" on its box).
import {api} from '../api.js';
import {field, fill, h, uniqueId} from '../dom.js';
import {t, tOr} from '../i18n.js';
import {formatDate, todayInPharmacy} from '../format.js';
import {problemView} from '../problem.js';
import {allergyText, ingredientIdsOf, ingredientMap} from './order-allergies.js';
import {allIngredients, lookups, personName} from '../records.js';
import {ALLERGEN_CLASSES, DOSAGE_FORMS, UNITS_OF_FORM} from '../vocabulary.js';

const MAX_ACTIVES = 10;
const PATIENT_RESULTS = 10;

const RELEASE_TYPES = ['IMMEDIATE', 'EXTENDED', 'DELAYED'];
const RECEIVED_VIA = ['PHONE', 'FAX', 'WRITTEN', 'ELECTRONIC'];
const RATIONALE_CATEGORIES = ['CUSTOM_STRENGTH', 'ALTERNATIVE_DOSAGE_FORM', 'EXCIPIENT_INTOLERANCE',
  'REGIMEN_SIMPLIFICATION'];

/**
 * prescriptionForm({order, transcribing, submitLabel}) → {form, alerts, body()}.
 * order: the order to change (the form is prefilled and keeps its patient and prescriber), or null for a new one.
 * transcribing: a pharmacist's form, which says how the prescription came in and, for a new order, whose it is.
 * alerts is the slot for the problems not placed beside a field; body() is the request body as the form stands.
 */
export async function prescriptionForm({order = null, transcribing = false, submitLabel}) {
  const records = lookups();
  const [ingredients, patient, prescriber] = await Promise.all([
    allIngredients('ACTIVE'),
    order ? records.patient(order.patientId) : null,
    order && transcribing ? records.prescriber(order.prescriberId) : null,
  ]);

  const patientPart = patientField(patient, records);
  const prescriberPart = transcribing ? prescriberField(prescriber, Boolean(order)) : null;
  const receivedVia = transcribing ? receivedViaField(order?.receivedVia) : null;

  const dosageForm = select(DOSAGE_FORMS.map((form) => [form, tOr(`dosageForm.${form}`, form)]),
      order?.dosageForm ?? 'CAPSULE', {name: 'dosageForm'});
  const releaseType = select(RELEASE_TYPES.map((type) => [type, t(`prescription.releaseType.${type}`)]),
      order?.releaseType ?? 'IMMEDIATE', {name: 'releaseType'});
  const unitsOfForm = () => UNITS_OF_FORM[dosageForm.value];

  const actives = activesField(ingredients, order?.actives ?? [null], unitsOfForm);
  const exclusions = checkboxGroup('excludedAllergens', t('prescription.excludedAllergens'),
      ALLERGEN_CLASSES.map((code) => [code, tOr(`allergen.${code}`, code)]), order?.excludedAllergens ?? [],
      t('prescription.excludedAllergensHint'));
  const quantity = quantityField('quantity', t('prescription.quantity'), () => unitsOfForm().amount, order?.quantity);
  const doseAmount = quantityField('dose.amount', t('prescription.doseAmount'), () => unitsOfForm().amount,
      order?.dose.amount);
  const timesPerDay = h('input', {type: 'number', min: '1', max: '24', step: '1', name: 'timesPerDay',
    value: order?.dose.timesPerDay ?? ''});
  const directions = h('textarea', {name: 'directions', maxlength: '1000'});
  directions.value = order?.directions ?? '';
  const daysSupply = h('input', {type: 'number', min: '1', max: '366', step: '1', name: 'daysSupply',
    value: order?.daysSupply ?? ''});
  const refills = h('input', {type: 'number', min: '0', max: '99', step: '1', name: 'refills',
    value: order?.refills ?? 0});

  const categories = checkboxGroup('clinicalRationale.categories', t('prescription.rationaleCategories'),
      RATIONALE_CATEGORIES.map((code) => [code, t(`prescription.rationale.${code}`)]),
      order?.clinicalRationale.categories ?? []);
  const rationaleText = h('textarea', {name: 'rationaleText', maxlength: '2000'});
  rationaleText.value = order?.clinicalRationale.text ?? '';

  const consentObtained = checkbox('informedConsent.obtained', t('prescription.consentObtained'),
      order?.informedConsent.obtained ?? false);
  const alternativesDiscussed = checkbox('informedConsent.alternativesDiscussed',
      t('prescription.alternativesDiscussed'), order?.informedConsent.alternativesDiscussed ?? false);
  const consentDate = h('input', {type: 'date', name: 'consentDate',
    value: order ? order.informedConsent.date ?? '' : todayInPharmacy()});
  const writtenOn = h('input', {type: 'date', name: 'writtenOn', value: order?.writtenOn ?? ''});
  const reassessBy = h('input', {type: 'date', name: 'reassessBy', value: order?.reassessBy ?? ''});

  dosageForm.addEventListener('change', () => {
    actives.fitUnits();
    quantity.fitUnits();
    doseAmount.fitUnits();
  });

  const alerts = h('div', {class: 'alerts'});
  const form = h('form', {class: 'prescription', novalidate: true},
      h('fieldset', {class: 'parties'}, h('legend', {}, t('prescription.parties')),
          patientPart.element,
          prescriberPart?.element,
          receivedVia?.element),
      h('fieldset', {class: 'preparation'}, h('legend', {}, t('prescription.preparation')),
          field(t('prescription.dosageForm'), dosageForm, {name: 'dosageForm'}),
          field(t('prescription.releaseType'), releaseType, {name: 'releaseType'}),
          actives.element,
          exclusions.element,
          quantity.element),
      h('fieldset', {class: 'use'}, h('legend', {}, t('prescription.use')),
          doseAmount.element,
          field(t('prescription.timesPerDay'), timesPerDay, {name: 'dose.timesPerDay'}),
          field(t('prescription.directions'), directions, {name: 'directions'}),
          field(t('prescription.daysSupply'), daysSupply, {name: 'daysSupply', hint: t('prescription.optional')}),
          field(t('prescription.refills'), refills, {name: 'refills'}),
          field(t('prescription.writtenOn'), writtenOn, {name: 'writtenOn', hint: t('prescription.writtenOnHint')}),
          field(t('prescription.reassessBy'), reassessBy,
              {name: 'reassessBy', hint: t('prescription.reassessByHint')})),
      h('fieldset', {class: 'rationale', dataset: {field: 'clinicalRationale'}},
          h('legend', {}, t('prescription.rationale')),
          categories.element,
          field(t('prescription.rationaleText'), rationaleText,
              {name: 'clinicalRationale.text', hint: t('prescription.rationaleTextHint')})),
      h('fieldset', {class: 'consent', dataset: {field: 'informedConsent'}},
          h('legend', {}, t('prescription.consent')),
          consentObtained.element,
          alternativesDiscussed.element,
          field(t('prescription.consentDate'), consentDate, {name: 'informedConsent.date'})),
      h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary'}, submitLabel)));

  const body = () => {
    const request = {
      patientId: patientPart.value(),
      dosageForm: dosageForm.value,
      releaseType: releaseType.value,
      actives: actives.value(),
      excludedAllergens: exclusions.value(),
      quantity: quantity.value(),
      dose: {amount: doseAmount.value(), timesPerDay: numberOrNull(timesPerDay)},
      directions: directions.value,
      daysSupply: numberOrNull(daysSupply),
      refills: numberOrNull(refills),
      clinicalRationale: {categories: categories.value(), text: rationaleText.value},
      informedConsent: {obtained: consentObtained.input.checked,
        alternativesDiscussed: alternativesDiscussed.input.checked, date: consentDate.value || null},
      reassessBy: reassessBy.value || null,
    };
    // Left out when empty: the service then takes today in the pharmacy's time zone.
    if (writtenOn.value) request.writtenOn = writtenOn.value;
    if (prescriberPart && !order) request.prescriberId = prescriberPart.value();
    if (receivedVia) request.receivedVia = receivedVia.input.value || null;
    return request;
  };
  return {form, alerts, body};
}

function numberOrNull(input) {
  return input.value === '' ? null : Number(input.value);
}

/** select([[value, text], ...], selected, {name}) */
function select(options, selected, {name, placeholder} = {}) {
  const control = h('select', {name},
      placeholder ? h('option', {value: ''}, placeholder) : null,
      options.map(([value, text]) => h('option', {value}, text)));
  control.value = selected ?? '';
  return control;
}

/** A label and its control, for groups that hold more than one control. */
function labelled(labelText, control) {
  control.id = control.id || uniqueId('f');
  return h('span', {class: 'labelled'}, h('label', {for: control.id}, labelText), control);
}

function checkbox(name, labelText, checked) {
  const input = h('input', {type: 'checkbox', id: uniqueId('f'), name, checked});
  return {input, element: h('div', {class: 'field check', dataset: {field: name}},
      input, h('label', {for: input.id}, labelText))};
}

function checkboxGroup(name, legend, options, checked, hint) {
  const inputs = options.map(([value, text]) => {
    const input = h('input', {type: 'checkbox', id: uniqueId('f'), value, checked: checked.includes(value)});
    return {input, element: h('span', {class: 'check'}, input, h('label', {for: input.id}, text))};
  });
  const element = h('fieldset', {class: 'field checks', dataset: {field: name}}, h('legend', {}, legend),
      hint ? h('p', {class: 'hint'}, hint) : null,
      h('div', {class: 'check-row'}, inputs.map((one) => one.element)));
  return {element, value: () => inputs.filter(({input}) => input.checked).map(({input}) => input.value)};
}

/** A value and a unit; unitsOf() gives the units the dosage form allows, fitUnits() applies a change of form. */
function quantityField(name, legend, unitsOf, initial) {
  const amount = h('input', {type: 'number', step: 'any', min: '0', class: 'amount', value: initial?.value ?? ''});
  const unit = h('select', {class: 'unit'});
  const fitUnits = () => {
    const wanted = unit.value || initial?.unit;
    fill(unit, ...unitsOf().map((code) => h('option', {value: code}, tOr(`prescription.unit.${code}`, code))));
    if (unitsOf().includes(wanted)) unit.value = wanted;
  };
  fitUnits();
  const element = h('fieldset', {class: 'field quantity', dataset: {field: name}}, h('legend', {}, legend),
      h('div', {class: 'quantity-row'}, labelled(t('prescription.amount'), amount), labelled(t('prescription.unit'), unit)));
  return {element, fitUnits, value: () => (amount.value === '' ? null : {value: Number(amount.value), unit: unit.value})};
}

/** Repeatable active rows; each row's data-field names follow its position, renumbered after a removal. */
function activesField(ingredients, initial, unitsOfForm) {
  const rows = [];
  const list = h('div', {class: 'active-rows'});
  const add = h('button', {type: 'button', class: 'add-active'}, t('prescription.addActive'));
  const renumber = () => {
    rows.forEach((row, index) => {
      row.element.dataset.field = `actives[${index}]`;
      row.legend.textContent = t('prescription.activeN', {n: index + 1});
      row.ingredientWrapper.dataset.field = `actives[${index}].ingredientId`;
      row.strength.element.dataset.field = `actives[${index}].strength`;
      row.remove.textContent = t('prescription.removeActive', {n: index + 1});
      row.remove.disabled = rows.length === 1;
    });
    add.disabled = rows.length >= MAX_ACTIVES;
  };
  const addRow = (active) => {
    const ingredient = select(ingredients.map((one) => [String(one.id), one.name]),
        active ? String(active.ingredientId) : '', {placeholder: t('prescription.chooseActive')});
    ingredient.classList.add('ingredient');
    const ingredientWrapper = field(t('prescription.ingredient'), ingredient);
    ingredientWrapper.dataset.field = '';
    const strength = quantityField('', t('prescription.strength'), () => unitsOfForm().strength, active?.strength);
    const legend = h('legend', {});
    const remove = h('button', {type: 'button', class: 'remove-active'});
    const row = {ingredient, ingredientWrapper, strength, legend, remove,
      element: h('fieldset', {class: 'active-row'}, legend, ingredientWrapper, strength.element, remove)};
    remove.addEventListener('click', () => {
      rows.splice(rows.indexOf(row), 1);
      row.element.remove();
      renumber();
      add.focus();
    });
    rows.push(row);
    list.append(row.element);
    renumber();
    return row;
  };
  add.addEventListener('click', () => addRow(null).ingredient.focus());
  initial.forEach(addRow);
  return {
    element: h('fieldset', {class: 'actives', dataset: {field: 'actives'}},
        h('legend', {}, t('prescription.actives')), list, add),
    fitUnits: () => rows.forEach((row) => row.strength.fitUnits()),
    value: () => rows.map((row) => ({ingredientId: row.ingredient.value ? Number(row.ingredient.value) : null,
      strength: row.strength.value()})),
  };
}

/** The patient: searched by name and chosen for a new order, fixed for a change (a changed order keeps it). */
function patientField(fixed, records) {
  let chosen = fixed;
  const chosenView = h('div', {class: 'chosen-patient', 'aria-live': 'polite'});
  const showChosen = async () => {
    if (!chosen) {
      fill(chosenView, h('p', {}, t('prescription.noPatientChosen')));
      return;
    }
    const ingredients = await ingredientMap(records, ingredientIdsOf([], [chosen]));
    const allergies = chosen.allergies.map((allergy) =>
      allergyText(allergy, ingredients, 'prescription.allergyWithReaction'));
    fill(chosenView, 
        h('p', {class: 'patient-name'}, t('prescription.chosenPatient',
            {name: personName(chosen), birthDate: formatDate(chosen.birthDate)})),
        h('p', {class: 'allergies-title'}, allergies.length ? t('prescription.allergies') : t('prescription.noAllergies')),
        allergies.length ? h('ul', {class: 'allergies'}, allergies.map((text) => h('li', {}, text))) : null);
  };
  showChosen();
  if (fixed) {
    return {element: h('div', {class: 'field', dataset: {field: 'patientId'}},
        h('p', {class: 'label'}, t('prescription.patient')), chosenView, h('p', {class: 'hint'}, t('prescription.patientKept'))),
    value: () => fixed.id};
  }
  const query = h('input', {type: 'search', name: 'patientQuery', maxlength: '200', autocomplete: 'off'});
  const results = h('div', {class: 'patient-results', 'aria-live': 'polite'});
  const search = async () => {
    // An empty search would list the first patients of all: a name is needed to choose one.
    if (!query.value.trim()) {
      fill(results, h('p', {}, t('prescription.findPatientHint')));
      return;
    }
    fill(results, h('p', {}, t('app.loading')));
    try {
      const {data} = await api.get('/api/v1/patients', {q: query.value.trim(), size: PATIENT_RESULTS});
      fill(results, data.items.length
        ? h('ul', {class: 'plain'}, data.items.map((patient) => h('li', {},
            h('button', {type: 'button', class: 'choose-patient', onclick: async () => {
              chosen = patient;
              fill(results);
              await showChosen();
            }}, t('prescription.choosePatient', {name: personName(patient), birthDate: formatDate(patient.birthDate)})))))
        : h('p', {}, t('prescription.noPatientFound')));
    } catch (error) {
      fill(results, problemView(error));
    }
  };
  query.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      search();
    }
  });
  const wrapper = field(t('prescription.findPatient'), query, {name: 'patientId', hint: t('prescription.findPatientHint')});
  wrapper.append(h('button', {type: 'button', class: 'search-patients', onclick: search}, t('prescription.searchPatients')),
      results, chosenView);
  return {element: wrapper, value: () => chosen?.id ?? null};
}

/** A pharmacist names the prescriber of a transcribed order by NPI; a changed order keeps its prescriber. */
function prescriberField(fixed, kept) {
  if (kept) {
    return {element: h('div', {class: 'field', dataset: {field: 'prescriberId'}},
        h('p', {class: 'label'}, t('prescription.prescriber')),
        h('p', {class: 'prescriber-name'}, prescriberText(fixed))), value: () => fixed.id};
  }
  let chosen = null;
  const npi = h('input', {name: 'npi', inputmode: 'numeric', maxlength: '10', autocomplete: 'off'});
  const result = h('div', {class: 'prescriber-result', 'aria-live': 'polite'}, t('prescription.noPrescriberChosen'));
  const find = async () => {
    chosen = null;
    // Without ten digits the API would list every prescriber; only an exact NPI names one.
    if (!/^\d{10}$/.test(npi.value.trim())) {
      fill(result, t('prescription.prescriberNpiHint'));
      return;
    }
    try {
      const {data} = await api.get('/api/v1/prescribers', {npi: npi.value.trim()});
      chosen = data.total === 1 ? data.items[0] : null;
      fill(result, chosen ? t('prescription.chosenPrescriber', {name: prescriberText(chosen)})
        : t('prescription.noPrescriberFound'));
    } catch (error) {
      fill(result, problemView(error));
    }
  };
  npi.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      find();
    }
  });
  const wrapper = field(t('prescription.prescriberNpi'), npi, {name: 'prescriberId', hint: t('prescription.prescriberNpiHint')});
  wrapper.append(h('button', {type: 'button', class: 'find-prescriber', onclick: find}, t('prescription.findPrescriber')),
      result);
  return {element: wrapper, value: () => chosen?.id ?? null};
}

function prescriberText(prescriber) {
  return t('prescription.prescriberText', {name: `${prescriber.firstName} ${prescriber.lastName}`, npi: prescriber.npi,
    status: prescriber.status});
}

function receivedViaField(initial) {
  const input = select(RECEIVED_VIA.map((channel) => [channel, t(`prescription.receivedVia.${channel}`)]), initial,
      {name: 'receivedVia', placeholder: t('prescription.chooseReceivedVia')});
  return {input, element: field(t('prescription.receivedVia'), input, {name: 'receivedVia'})};
}
