/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ min: NonNullable<unknown>, max: NonNullable<unknown> }} Export_Bad_HeightInputs */

const en_export_bad_height = /** @type {(inputs: Export_Bad_HeightInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Height must be a whole number from ${i?.min} to ${i?.max} pixels.`)
};

const ru_export_bad_height = /** @type {(inputs: Export_Bad_HeightInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Высота — целое число от ${i?.min} до ${i?.max} пикселей.`)
};

const kk_export_bad_height = /** @type {(inputs: Export_Bad_HeightInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Биіктігі ${i?.min} мен ${i?.max} пиксель аралығындағы бүтін сан болуы керек.`)
};

/**
* | output |
* | --- |
* | "Height must be a whole number from {min} to {max} pixels." |
*
* @param {Export_Bad_HeightInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_bad_height = /** @type {((inputs: Export_Bad_HeightInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_Bad_HeightInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_bad_height(inputs)
	if (locale === "kk") return kk_export_bad_height(inputs)
	return en_export_bad_height(inputs)
});