/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_PngInputs */

const en_export_png = /** @type {(inputs: Export_PngInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PNG image of this day`)
};

const ru_export_png = /** @type {(inputs: Export_PngInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Изображение PNG этого дня`)
};

const kk_export_png = /** @type {(inputs: Export_PngInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Осы күннің PNG суреті`)
};

/**
* | output |
* | --- |
* | "PNG image of this day" |
*
* @param {Export_PngInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_png = /** @type {((inputs?: Export_PngInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_PngInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_png(inputs)
	if (locale === "kk") return kk_export_png(inputs)
	return en_export_png(inputs)
});