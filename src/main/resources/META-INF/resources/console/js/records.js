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
    supplier: (id) => once(`/api/v1/suppliers/${id}`),
    formulation: (id) => once(`/api/v1/formulations/${id}`),
  };
}

/** "Okafor, Sam". */
export function personName(person) {
  return `${person.lastName}, ${person.firstName}`;
}
