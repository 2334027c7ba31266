/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ error: NonNullable<unknown> }} Export_FailedInputs */

const en_export_failed = /** @type {(inputs: Export_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The export failed: ${i?.error}`)
};

const ru_export_failed = /** @type {(inputs: Export_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Экспорт не удался: ${i?.error}`)
};

const kk_export_failed = /** @type {(inputs: Export_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Экспорт сәтсіз аяқталды: ${i?.error}`)
};

/**
* | output |
* | --- |
* | "The export failed: {error}" |
*
* @param {Export_FailedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_failed = /** @type {((inputs: Export_FailedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_FailedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_failed(inputs)
	if (locale === "kk") return kk_export_failed(inputs)
	return en_export_failed(inputs)
});