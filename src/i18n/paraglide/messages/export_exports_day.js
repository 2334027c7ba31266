/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ day: NonNullable<unknown> }} Export_Exports_DayInputs */

const en_export_exports_day = /** @type {(inputs: Export_Exports_DayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Exports ${i?.day}.`)
};

const ru_export_exports_day = /** @type {(inputs: Export_Exports_DayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Экспортируется ${i?.day}.`)
};

const kk_export_exports_day = /** @type {(inputs: Export_Exports_DayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Экспортталады: ${i?.day}.`)
};

/**
* | output |
* | --- |
* | "Exports {day}." |
*
* @param {Export_Exports_DayInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_exports_day = /** @type {((inputs: Export_Exports_DayInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_Exports_DayInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_exports_day(inputs)
	if (locale === "kk") return kk_export_exports_day(inputs)
	return en_export_exports_day(inputs)
});