/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ problem: NonNullable<unknown> }} Search_FailedInputs */

const en_search_failed = /** @type {(inputs: Search_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The gazetteer could not be loaded: ${i?.problem}`)
};

const ru_search_failed = /** @type {(inputs: Search_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Не удалось загрузить справочник мест: ${i?.problem}`)
};

const kk_search_failed = /** @type {(inputs: Search_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Орындар анықтамалығы жүктелмеді: ${i?.problem}`)
};

/**
* | output |
* | --- |
* | "The gazetteer could not be loaded: {problem}" |
*
* @param {Search_FailedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const search_failed = /** @type {((inputs: Search_FailedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_FailedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_search_failed(inputs)
	if (locale === "kk") return kk_search_failed(inputs)
	return en_search_failed(inputs)
});