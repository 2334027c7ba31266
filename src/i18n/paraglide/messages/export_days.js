/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_DaysInputs */

const en_export_days = /** @type {(inputs: Export_DaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Days`)
};

const ru_export_days = /** @type {(inputs: Export_DaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Дни`)
};

const kk_export_days = /** @type {(inputs: Export_DaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Күндер`)
};

/**
* | output |
* | --- |
* | "Days" |
*
* @param {Export_DaysInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_days = /** @type {((inputs?: Export_DaysInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_DaysInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_days(inputs)
	if (locale === "kk") return kk_export_days(inputs)
	return en_export_days(inputs)
});