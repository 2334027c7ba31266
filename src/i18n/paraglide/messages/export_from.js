/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_FromInputs */

const en_export_from = /** @type {(inputs: Export_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`From`)
};

const ru_export_from = /** @type {(inputs: Export_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`С`)
};

const kk_export_from = /** @type {(inputs: Export_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Басы`)
};

/**
* | output |
* | --- |
* | "From" |
*
* @param {Export_FromInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_from = /** @type {((inputs?: Export_FromInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_FromInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_from(inputs)
	if (locale === "kk") return kk_export_from(inputs)
	return en_export_from(inputs)
});