/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Show_All_EventsInputs */

const en_show_all_events = /** @type {(inputs: Show_All_EventsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Show all ${i?.count} events`)
};

const ru_show_all_events = /** @type {(inputs: Show_All_EventsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Показать все события (${i?.count})`)
};

const kk_show_all_events = /** @type {(inputs: Show_All_EventsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Барлық оқиғаны көрсету (${i?.count})`)
};

/**
* | output |
* | --- |
* | "Show all {count} events" |
*
* @param {Show_All_EventsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const show_all_events = /** @type {((inputs: Show_All_EventsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Show_All_EventsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_show_all_events(inputs)
	if (locale === "kk") return kk_show_all_events(inputs)
	return en_show_all_events(inputs)
});