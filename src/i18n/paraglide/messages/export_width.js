/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_WidthInputs */

const en_export_width = /** @type {(inputs: Export_WidthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Width`)
};

const ru_export_width = /** @type {(inputs: Export_WidthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ширина`)
};

const kk_export_width = /** @type {(inputs: Export_WidthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ені`)
};

/**
* | output |
* | --- |
* | "Width" |
*
* @param {Export_WidthInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_width = /** @type {((inputs?: Export_WidthInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_WidthInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_width(inputs)
	if (locale === "kk") return kk_export_width(inputs)
	return en_export_width(inputs)
});