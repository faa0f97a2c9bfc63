// Recall search (PHARMACIST): every order, preparation lot and patient that one supplier lot of an ingredient
// reached (GET /api/v1/recalls). The API checks the search; a missing lot number comes back beside its field.
import {api} from '../api.js';
import {field, fill, h} from '../dom.js';
import {t, tOr} from '../i18n.js';
import {formatDate, formatInstant} from '../format.js';
import {submitting} from '../problem.js';
import {personName} from '../records.js';
import {statusBadge} from '../components/order-summary.js';
import {allIngredients, ingredientSelect} from '../components/formulation-catalog.js';

export async function render(main) {
  const ingredients = await allIngredients();
  const ingredient = ingredientSelect(ingredients, {id: 'recall-ingredient', emptyLabel: t('recall.choose')});
  const lotNumber = h('input', {id: 'recall-lot', maxlength: 64, autocomplete: 'off'});
  const alerts = h('div', {class: 'alerts'});
  const results = h('div', {class: 'recall-results'});
  const form = h('form', {class: 'recall-search', novalidate: true},
      field(t('recall.ingredient'), ingredient, {name: 'ingredientId'}),
      field(t('recall.lotNumber'), lotNumber, {name: 'lotNumber'}),
      h('button', {type: 'submit', class: 'primary'}, t('recall.search')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    fill(results);
    const response = await submitting(form, alerts, () => api.get('/api/v1/recalls',
        {ingredientId: ingredient.value, lotNumber: lotNumber.value.trim()}));
    if (!response) return;
    const name = ingredients.find((one) => one.id === response.data.ingredientId)?.name
        ?? String(response.data.ingredientId);
    fill(results, ...resultsView(response.data, name));
  });
  fill(main, 
      h('h1', {}, t('recall.title')),
      h('p', {}, t('recall.intro')),
      alerts,
      form,
      results);
}

function resultsView(recall, ingredient) {
  const words = {lot: recall.lotNumber, ingredient};
  const count = h('p', {class: 'result-count', role: 'status'},
      recall.total ? t('recall.found', {...words, total: recall.total}) : t('recall.empty', words));
  if (!recall.total) return [count];
  const columns = ['order', 'preparationLot', 'patient', 'status', 'compoundedOn', 'beyondUseDate', 'verification',
    'dispensedAt'];
  return [count, h('table', {class: 'recall'},
      h('caption', {}, t('recall.caption', words)),
      h('thead', {}, h('tr', {}, columns.map((column) => h('th', {scope: 'col'}, t(`recall.column.${column}`))))),
      h('tbody', {}, recall.items.map((item) => h('tr', {dataset: {orderId: String(item.orderId)}},
          h('th', {scope: 'row'}, h('a', {href: `#/orders/${item.orderId}`}, item.orderNumber)),
          h('td', {}, item.preparationLot),
          h('td', {}, t('recall.patient',
              {name: personName(item.patient), birthDate: formatDate(item.patient.birthDate)})),
          h('td', {}, statusBadge(item.orderStatus)),
          h('td', {}, formatDate(item.compoundedOn)),
          h('td', {}, formatDate(item.beyondUseDate)),
          h('td', {}, item.verification ? tOr(`recall.verification.${item.verification}`, item.verification)
            : t('format.none')),
          h('td', {}, item.dispensedAt ? formatInstant(item.dispensedAt) : t('format.none'))))))];
}
