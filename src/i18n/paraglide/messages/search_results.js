/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Search_ResultsInputs */

const en_search_results = /** @type {(inputs: Search_ResultsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Places`)
};

const ru_search_results = /** @type {(inputs: Search_ResultsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Места`)
};

const kk_search_results = /** @type {(inputs: Search_ResultsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Орындар`)
};

/**
* | output |
* | --- |
* | "Places" |
*
* @param {Search_ResultsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const search_results = /** @type {((inputs?: Search_ResultsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_ResultsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_search_results(inputs)
	if (locale === "kk") return kk_search_results(inputs)
	return en_search_results(inputs)
});