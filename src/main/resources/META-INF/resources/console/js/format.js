// Dates, instants and quantities as the pharmacy reads them: instants in the pharmacy's time zone (from
// GET /api/v1/pharmacy), calendar dates as the API gives them (a date has no time zone to convert).
import {locale, t} from './i18n.js';

let timeZone = 'UTC';

export function setTimeZone(zone) {
  timeZone = zone;
}

/** "2026-12-03" → "Dec 3, 2026". */
export function formatDate(isoDate) {
  if (!isoDate) return t('format.none');
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, {dateStyle: 'medium', timeZone: 'UTC'})
      .format(new Date(Date.UTC(year, month - 1, day)));
}

/** An ISO-8601 instant → date and time in the pharmacy's time zone, with the zone's name. */
export function formatInstant(isoInstant) {
  if (!isoInstant) return t('format.none');
  // dateStyle/timeStyle cannot be combined with timeZoneName, hence the fields one by one.
  return new Intl.DateTimeFormat(locale, {year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric',
    minute: '2-digit', timeZone, timeZoneName: 'short'}).format(new Date(isoInstant));
}

/** Today in the pharmacy's time zone, as YYYY-MM-DD (what the API compares licences and lots against). */
export function todayInPharmacy() {
  const parts = new Intl.DateTimeFormat('en-CA', {timeZone, year: 'numeric', month: '2-digit', day: '2-digit'})
      .formatToParts(new Date());
  const part = (type) => parts.find((p) => p.type === type).value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** {value: 37.5, unit: "mg"} → "37.5 mg"; the value is shown exactly as the API sent it. */
export function formatQuantity(quantity) {
  if (!quantity) return t('format.none');
  return t('format.quantity', {value: quantity.value, unit: quantity.unit});
}
