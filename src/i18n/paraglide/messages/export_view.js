/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_ViewInputs */

const en_export_view = /** @type {(inputs: Export_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`View`)
};

const ru_export_view = /** @type {(inputs: Export_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вид`)
};

const kk_export_view = /** @type {(inputs: Export_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Көрініс`)
};

/**
* | output |
* | --- |
* | "View" |
*
* @param {Export_ViewInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_view = /** @type {((inputs?: Export_ViewInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_ViewInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_view(inputs)
	if (locale === "kk") return kk_export_view(inputs)
	return en_export_view(inputs)
});