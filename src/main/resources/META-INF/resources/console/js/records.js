// Lookups of the records an order only names by id (patient, prescriber, ingredient). A screen makes one lookup
// per render, so a list of twenty orders for five patients reads each patient once and nothing outlives the screen.
import {api} from './api.js';

export function lookups() {
  const cache = new Map();
  const once = (path) => {
    if (!cache.has(path)) cache.set(path, api.get(path).then((response) => response.data));
    return cache.get(path);
  };
  return {
    patient: (id) => once(`/api/v1/patients/${id}`),
    prescriber: (id) => once(`/api/v1/prescribers/${id}`),
    ingredient: (id) => once(`/api/v1/ingredients/${id}`),
  };
}

/** "Okafor, Sam". */
export function personName(person) {
  return `${person.lastName}, ${person.firstName}`;
}

const INGREDIENT_PAGE = 200;

/** Every ingredient of the catalog (of one role when given), sorted by name, read page by page. */
export async function allIngredients(role) {
  const ingredients = [];
  for (let page = 0; ; page += 1) {
    const {data} = await api.get('/api/v1/ingredients', {role, page, size: INGREDIENT_PAGE});
    ingredients.push(...data.items);
    if (data.items.length < INGREDIENT_PAGE || ingredients.length >= data.total) break;
  }
  return ingredients.sort((one, other) => one.name.localeCompare(other.name));
}
