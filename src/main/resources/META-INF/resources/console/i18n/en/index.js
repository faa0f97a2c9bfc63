// English (United States). One file per area of the console; the keys of all of them form one table.
import common from './common.js';
import queue from './queue.js';
import order from './order.js';
import release from './release.js';
import formulations from './formulations.js';
import recall from './recall.js';
import prescriber from './prescriber.js';

export const locale = 'en-US';

export const messages = Object.freeze(merge([common, queue, order, release, formulations, recall, prescriber]));

// A key defined twice would silently show one area's text in another's place.
function merge(tables) {
  const merged = {};
  for (const table of tables) {
    for (const [key, message] of Object.entries(table)) {
      if (key in merged) console.error(`Console message defined twice: ${key}`);
      merged[key] = message;
    }
  }
  return merged;
}
