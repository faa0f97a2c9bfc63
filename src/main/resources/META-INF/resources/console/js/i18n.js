// Every user-visible string comes from the locale folder (i18n/<locale>/); translating the console means copying
// that folder. Keys are "area.name"; parameters are written {name} in the message.
import {messages, locale} from '../i18n/en/index.js';

export {locale};

export function t(key, params = {}) {
  const message = messages[key];
  if (message === undefined) {
    console.error(`Missing console message: ${key}`);
    return key;
  }
  return message.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** The message for key if the locale has one, else fallback (e.g. an enum value without a translation). */
export function tOr(key, fallback, params = {}) {
  return key in messages ? t(key, params) : fallback;
}
