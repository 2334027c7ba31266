/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_ScaleInputs */

const en_export_scale = /** @type {(inputs: Export_ScaleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Scale`)
};

const ru_export_scale = /** @type {(inputs: Export_ScaleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Масштаб`)
};

const kk_export_scale = /** @type {(inputs: Export_ScaleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Масштаб`)
};

/**
* | output |
* | --- |
* | "Scale" |
*
* @param {Export_ScaleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_scale = /** @type {((inputs?: Export_ScaleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_ScaleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_scale(inputs)
	if (locale === "kk") return kk_export_scale(inputs)
	return en_export_scale(inputs)
});