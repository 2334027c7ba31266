/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ query: NonNullable<unknown> }} Search_NoneInputs */

const en_search_none = /** @type {(inputs: Search_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No place called “${i?.query}” in the gazetteer`)
};

const ru_search_none = /** @type {(inputs: Search_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`В справочнике нет места «${i?.query}»`)
};

const kk_search_none = /** @type {(inputs: Search_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Анықтамалықта «${i?.query}» деген орын жоқ`)
};

/**
* | output |
* | --- |
* | "No place called “{query}” in the gazetteer" |
*
* @param {Search_NoneInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const search_none = /** @type {((inputs: Search_NoneInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_NoneInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_search_none(inputs)
	if (locale === "kk") return kk_search_none(inputs)
	return en_search_none(inputs)
});