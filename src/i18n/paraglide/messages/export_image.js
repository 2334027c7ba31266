/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_ImageInputs */

const en_export_image = /** @type {(inputs: Export_ImageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Image`)
};

const ru_export_image = /** @type {(inputs: Export_ImageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Изображение`)
};

const kk_export_image = /** @type {(inputs: Export_ImageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сурет`)
};

/**
* | output |
* | --- |
* | "Image" |
*
* @param {Export_ImageInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_image = /** @type {((inputs?: Export_ImageInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_ImageInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_image(inputs)
	if (locale === "kk") return kk_export_image(inputs)
	return en_export_image(inputs)
});