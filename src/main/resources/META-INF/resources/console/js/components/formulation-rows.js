// A repeatable group of form rows (actives, excipients, steps…) with Add and per-row Remove buttons. Rows are
// rebuilt from their values after each change, so their labels and data-field paths ("actives[1].ingredientId")
// always follow their position, which is what the API's violations name.
import {fill, h} from '../dom.js';
import {t} from '../i18n.js';

/**
 * name: the request field ("actives"); legend: the group's legend; addLabel: text of the Add button;
 * removeLabel(n): text of row n's Remove button (1-based); emptyValue(): a new row's value; initial: values;
 * row(value, index, path) → {element, read, focusTarget}: element is the row's content, wrapped in data-field=path,
 * read() its current value, focusTarget the control that gets focus when the row is added.
 * Returns {element, read}: read() gives the values of all rows in order.
 */
export function repeatableRows({name, legend, addLabel, removeLabel, emptyValue, initial, row}) {
  let rows = [];
  const list = h('ol', {class: 'repeatable-rows'});
  const empty = h('p', {class: 'hint'}, t('formulationEditor.noRows'));
  const add = h('button', {type: 'button', class: 'add-row', dataset: {list: name}}, addLabel);
  const element = h('fieldset', {class: 'repeatable', dataset: {field: name}},
      h('legend', {}, legend), empty, list, add);

  const read = () => rows.map((one) => one.read());
  const build = (values) => {
    rows = values.map((value, index) => {
      const built = row(value, index, `${name}[${index}]`);
      const remove = h('button', {type: 'button', class: 'remove-row danger',
        onclick: () => removeAt(index)}, removeLabel(index + 1));
      built.item = h('li', {class: 'row'}, built.element, remove);
      return built;
    });
    fill(list, ...rows.map((one) => one.item));
    empty.hidden = rows.length > 0;
  };
  const removeAt = (index) => {
    const values = read();
    values.splice(index, 1);
    build(values);
    // Focus stays in the group: on the row that moved into this place, else on Add.
    (rows[index]?.focusTarget ?? rows[index - 1]?.focusTarget ?? add).focus();
  };
  add.addEventListener('click', () => {
    build([...read(), emptyValue()]);
    rows[rows.length - 1].focusTarget.focus();
  });
  build(initial);
  return {element, read};
}
