/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_ToInputs */

const en_export_to = /** @type {(inputs: Export_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`To`)
};

const ru_export_to = /** @type {(inputs: Export_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`По`)
};

const kk_export_to = /** @type {(inputs: Export_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Соңы`)
};

/**
* | output |
* | --- |
* | "To" |
*
* @param {Export_ToInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_to = /** @type {((inputs?: Export_ToInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_ToInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_to(inputs)
	if (locale === "kk") return kk_export_to(inputs)
	return en_export_to(inputs)
});