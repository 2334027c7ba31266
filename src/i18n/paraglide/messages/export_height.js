/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_HeightInputs */

const en_export_height = /** @type {(inputs: Export_HeightInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Height`)
};

const ru_export_height = /** @type {(inputs: Export_HeightInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Высота`)
};

const kk_export_height = /** @type {(inputs: Export_HeightInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Биіктігі`)
};

/**
* | output |
* | --- |
* | "Height" |
*
* @param {Export_HeightInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_height = /** @type {((inputs?: Export_HeightInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_HeightInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_height(inputs)
	if (locale === "kk") return kk_export_height(inputs)
	return en_export_height(inputs)
});