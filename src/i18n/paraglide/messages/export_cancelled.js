/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_CancelledInputs */

const en_export_cancelled = /** @type {(inputs: Export_CancelledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Export cancelled.`)
};

const ru_export_cancelled = /** @type {(inputs: Export_CancelledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Экспорт отменён.`)
};

const kk_export_cancelled = /** @type {(inputs: Export_CancelledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Экспорт тоқтатылды.`)
};

/**
* | output |
* | --- |
* | "Export cancelled." |
*
* @param {Export_CancelledInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_cancelled = /** @type {((inputs?: Export_CancelledInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_CancelledInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_cancelled(inputs)
	if (locale === "kk") return kk_export_cancelled(inputs)
	return en_export_cancelled(inputs)
});