/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Panel_No_EventsInputs */

const en_panel_no_events = /** @type {(inputs: Panel_No_EventsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No event in the articles is dated to this day.`)
};

const ru_panel_no_events = /** @type {(inputs: Panel_No_EventsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ни одно событие в статьях не датировано этим днём.`)
};

const kk_panel_no_events = /** @type {(inputs: Panel_No_EventsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мақалаларда бұл күнге жатқызылған оқиға жоқ.`)
};

/**
* | output |
* | --- |
* | "No event in the articles is dated to this day." |
*
* @param {Panel_No_EventsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const panel_no_events = /** @type {((inputs?: Panel_No_EventsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Panel_No_EventsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_panel_no_events(inputs)
	if (locale === "kk") return kk_panel_no_events(inputs)
	return en_panel_no_events(inputs)
});