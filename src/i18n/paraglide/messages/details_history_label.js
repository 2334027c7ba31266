/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Details_History_LabelInputs */

const en_details_history_label = /** @type {(inputs: Details_History_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status history`)
};

const ru_details_history_label = /** @type {(inputs: Details_History_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`История статусов`)
};

const kk_details_history_label = /** @type {(inputs: Details_History_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мәртебелер тарихы`)
};

/**
* | output |
* | --- |
* | "Status history" |
*
* @param {Details_History_LabelInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const details_history_label = /** @type {((inputs?: Details_History_LabelInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Details_History_LabelInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_details_history_label(inputs)
	if (locale === "kk") return kk_details_history_label(inputs)
	return en_details_history_label(inputs)
});