// The master formulation list (PHARMACIST, TECHNICIAN): every version, newest first, filtered by ingredient, dosage
// form and status, a page at a time; each name opens that version.
import {api} from '../api.js';
import {field, fill, h} from '../dom.js';
import {t, tOr} from '../i18n.js';
import {problemView} from '../problem.js';
import {pager} from '../components/pager.js';
import {allIngredients, DOSAGE_FORMS, enumSelect, FORMULATION_STATUSES, formulationStatusBadge, ingredientSelect}
  from '../components/formulation-catalog.js';

export async function render(main, params, context) {
  const ingredients = await allIngredients('ACTIVE');
  const ingredient = ingredientSelect(ingredients, {id: 'filter-ingredient', name: 'ingredientId',
    emptyLabel: t('formulations.any')});
  const dosageForm = enumSelect(DOSAGE_FORMS, 'dosageForm', {id: 'filter-dosage-form', name: 'dosageForm',
    emptyLabel: t('formulations.any')});
  const status = enumSelect(FORMULATION_STATUSES, 'formulationStatus', {id: 'filter-status', name: 'status',
    emptyLabel: t('formulations.any')});
  const filters = h('form', {class: 'formulation-filters', 'aria-label': t('formulations.filters'), novalidate: true},
      field(t('formulations.ingredient'), ingredient, {name: 'ingredientId'}),
      field(t('formulations.dosageForm'), dosageForm, {name: 'dosageForm'}),
      field(t('formulations.status'), status, {name: 'status'}),
      h('button', {type: 'submit'}, t('formulations.apply')));
  const results = h('div', {class: 'formulation-results'});

  const show = async (page) => {
    const query = {ingredientId: ingredient.value, dosageForm: dosageForm.value, status: status.value, page};
    try {
      const {data} = await api.get('/api/v1/formulations', query);
      fill(results, ...resultsView(data, show));
    } catch (error) {
      if (error.status === undefined) throw error;
      fill(results, problemView(error));
    }
  };
  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    show(0);
  });

  fill(main, [
      h('h1', {}, t('formulations.title')),
      context.session.role === 'PHARMACIST'
        ? h('p', {}, h('a', {href: '#/formulations/new', class: 'button primary', id: 'new-formulation'},
            t('formulations.new')))
        : null,
      filters,
      results]);
  await show(0);
}

function resultsView(list, onPage) {
  const count = h('p', {class: 'result-count', role: 'status'},
      list.total ? t('formulations.found', {total: list.total}) : t('formulations.empty'));
  if (!list.total) return [count];
  const columns = ['name', 'record', 'version', 'status', 'dosageForm', 'preparationType', 'budDays'];
  const table = h('table', {class: 'formulations'},
      h('caption', {}, t('formulations.caption')),
      h('thead', {}, h('tr', {}, columns.map((column) => h('th', {scope: 'col'}, t(`formulations.column.${column}`))))),
      h('tbody', {}, list.items.map((formulation) => h('tr', {dataset: {id: String(formulation.id)}},
          h('th', {scope: 'row'}, h('a', {href: `#/formulations/${formulation.id}`}, formulation.name)),
          h('td', {}, formulation.recordNumber),
          h('td', {}, formulation.versionNumber),
          h('td', {}, formulationStatusBadge(formulation.status)),
          h('td', {}, tOr(`dosageForm.${formulation.dosageForm}`, formulation.dosageForm)),
          h('td', {}, tOr(`preparationType.${formulation.preparationType}`, formulation.preparationType)),
          h('td', {}, formulation.budDays)))));
  return [count, table, pager(list, onPage)];
}
