/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ min: NonNullable<unknown>, max: NonNullable<unknown> }} Export_Bad_WidthInputs */

const en_export_bad_width = /** @type {(inputs: Export_Bad_WidthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Width must be a whole number from ${i?.min} to ${i?.max} pixels.`)
};

const ru_export_bad_width = /** @type {(inputs: Export_Bad_WidthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ширина — целое число от ${i?.min} до ${i?.max} пикселей.`)
};

const kk_export_bad_width = /** @type {(inputs: Export_Bad_WidthInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ені ${i?.min} мен ${i?.max} пиксель аралығындағы бүтін сан болуы керек.`)
};

/**
* | output |
* | --- |
* | "Width must be a whole number from {min} to {max} pixels." |
*
* @param {Export_Bad_WidthInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_bad_width = /** @type {((inputs: Export_Bad_WidthInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_Bad_WidthInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_bad_width(inputs)
	if (locale === "kk") return kk_export_bad_width(inputs)
	return en_export_bad_width(inputs)
});