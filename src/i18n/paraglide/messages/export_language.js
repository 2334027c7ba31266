/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_LanguageInputs */

const en_export_language = /** @type {(inputs: Export_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Language`)
};

const ru_export_language = /** @type {(inputs: Export_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Язык`)
};

const kk_export_language = /** @type {(inputs: Export_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Тіл`)
};

/**
* | output |
* | --- |
* | "Language" |
*
* @param {Export_LanguageInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_language = /** @type {((inputs?: Export_LanguageInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_LanguageInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_language(inputs)
	if (locale === "kk") return kk_export_language(inputs)
	return en_export_language(inputs)
});