/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_WebmInputs */

const en_export_webm = /** @type {(inputs: Export_WebmInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WebM video`)
};

const ru_export_webm = /** @type {(inputs: Export_WebmInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Видео WebM`)
};

const kk_export_webm = /** @type {(inputs: Export_WebmInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`WebM бейнесі`)
};

/**
* | output |
* | --- |
* | "WebM video" |
*
* @param {Export_WebmInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_webm = /** @type {((inputs?: Export_WebmInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_WebmInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_webm(inputs)
	if (locale === "kk") return kk_export_webm(inputs)
	return en_export_webm(inputs)
});