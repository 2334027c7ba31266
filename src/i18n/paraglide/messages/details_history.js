/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Details_HistoryInputs */

const en_details_history = /** @type {(inputs: Details_HistoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status, day by day`)
};

const ru_details_history = /** @type {(inputs: Details_HistoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Статус по дням`)
};

const kk_details_history = /** @type {(inputs: Details_HistoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Күн сайынғы мәртебе`)
};

/**
* | output |
* | --- |
* | "Status, day by day" |
*
* @param {Details_HistoryInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const details_history = /** @type {((inputs?: Details_HistoryInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Details_HistoryInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_details_history(inputs)
	if (locale === "kk") return kk_details_history(inputs)
	return en_details_history(inputs)
});