/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Details_No_EventsInputs */

const en_details_no_events = /** @type {(inputs: Details_No_EventsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No event in the articles names a place here.`)
};

const ru_details_no_events = /** @type {(inputs: Details_No_EventsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ни одно событие в статьях не называет место здесь.`)
};

const kk_details_no_events = /** @type {(inputs: Details_No_EventsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мақалалардағы ешбір оқиға мұндағы орынды атамайды.`)
};

/**
* | output |
* | --- |
* | "No event in the articles names a place here." |
*
* @param {Details_No_EventsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const details_no_events = /** @type {((inputs?: Details_No_EventsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Details_No_EventsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_details_no_events(inputs)
	if (locale === "kk") return kk_details_no_events(inputs)
	return en_details_no_events(inputs)
});