/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ place: NonNullable<unknown>, region: NonNullable<unknown> }} Search_UnnamedInputs */

const en_search_unnamed = /** @type {(inputs: Search_UnnamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No article names ${i?.place}: the panel shows ${i?.region}, where it lies.`)
};

const ru_search_unnamed = /** @type {(inputs: Search_UnnamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ни одна статья не называет ${i?.place}: на панели — ${i?.region}, где находится это место.`)
};

const kk_search_unnamed = /** @type {(inputs: Search_UnnamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Бірде-бір мақала ${i?.place} атауын келтірмейді: панельде — ол орналасқан ${i?.region}.`)
};

/**
* | output |
* | --- |
* | "No article names {place}: the panel shows {region}, where it lies." |
*
* @param {Search_UnnamedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const search_unnamed = /** @type {((inputs: Search_UnnamedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_UnnamedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_search_unnamed(inputs)
	if (locale === "kk") return kk_search_unnamed(inputs)
	return en_search_unnamed(inputs)
});