// The prescriber of an order as a reviewer judges it: status, licences (valid today in the patient's state?) and
// DEA registrations, dated in the pharmacy's time zone like the service's own checks.
import {h} from '../dom.js';
import {t, tOr} from '../i18n.js';
import {formatDate, todayInPharmacy} from '../format.js';
import {personName} from '../records.js';

function yesNo(value) {
  return t(value ? 'order.prescriber.yes' : 'order.prescriber.no');
}

/** prescriber may be null (not visible to this user); patientState may be null (patient not visible). */
export function prescriberSection(prescriber, prescriberId, patientState) {
  const heading = h('h2', {id: 'prescriber-heading'}, t('order.prescriber.title'));
  const section = (...content) => h('section', {class: 'prescriber', 'aria-labelledby': 'prescriber-heading'},
      heading, ...content);
  if (!prescriber) {
    return section(h('p', {class: 'notice'}, t('order.prescriber.notVisible', {id: prescriberId})));
  }
  const today = todayInPharmacy();
  const licenceValid = (licence) => licence.status === 'ACTIVE' && licence.expiresOn >= today;
  const licences = prescriber.licenses.length
    ? h('table', {class: 'licences'},
        h('caption', {}, t('order.prescriber.licences', {today: formatDate(today)})),
        h('thead', {}, h('tr', {}, ['state', 'number', 'status', 'expiresOn', 'validHere']
            .map((column) => h('th', {scope: 'col'},
                t(`order.prescriber.licence.${column}`, {state: patientState ?? t('format.none')}))))),
        h('tbody', {}, prescriber.licenses.map((licence) => h('tr', {},
            h('th', {scope: 'row'}, licence.state),
            h('td', {}, licence.number),
            h('td', {}, tOr(`order.prescriber.licenceStatus.${licence.status}`, licence.status)),
            h('td', {}, formatDate(licence.expiresOn)),
            h('td', {class: licenceValid(licence) && licence.state === patientState ? 'outcome-pass' : ''},
                patientState === null || licence.state !== patientState
                  ? t('order.prescriber.otherState')
                  : yesNo(licenceValid(licence)))))))
    : h('p', {}, t('order.prescriber.noLicences'));
  const dea = prescriber.deaRegistrations.length
    ? h('table', {class: 'dea'},
        h('caption', {}, t('order.prescriber.dea', {today: formatDate(today)})),
        h('thead', {}, h('tr', {}, ['state', 'number', 'schedules', 'expiresOn', 'validToday']
            .map((column) => h('th', {scope: 'col'}, t(`order.prescriber.deaColumn.${column}`))))),
        h('tbody', {}, prescriber.deaRegistrations.map((registration) => h('tr', {},
            h('th', {scope: 'row'}, registration.state),
            h('td', {}, registration.number),
            h('td', {}, registration.schedules.join(', ')),
            h('td', {}, formatDate(registration.expiresOn)),
            // The DEA rule asks for a registration in the patient's state, as the licence rule does.
            h('td', {}, patientState === null || registration.state !== patientState
              ? t('order.prescriber.otherState')
              : yesNo(registration.expiresOn >= today))))))
    : h('p', {}, t('order.prescriber.noDea'));
  return section(
      h('dl', {},
          h('dt', {}, t('order.prescriber.name')), h('dd', {}, personName(prescriber)),
          h('dt', {}, t('order.prescriber.npi')), h('dd', {}, prescriber.npi),
          h('dt', {}, t('order.prescriber.status')), h('dd', {}, t(`order.prescriber.status.${prescriber.status}`))),
      licences, dea);
}
