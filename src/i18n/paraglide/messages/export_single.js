/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_SingleInputs */

const en_export_single = /** @type {(inputs: Export_SingleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Or the whole atlas in one HTML file, to open from disk or put on any host:`)
};

const ru_export_single = /** @type {(inputs: Export_SingleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Или весь атлас одним HTML-файлом — открыть с диска или разместить на любом хостинге:`)
};

const kk_export_single = /** @type {(inputs: Export_SingleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Немесе бүкіл атлас бір HTML файлында — дискіден ашуға не кез келген хостингке қоюға:`)
};

/**
* | output |
* | --- |
* | "Or the whole atlas in one HTML file, to open from disk or put on any host:" |
*
* @param {Export_SingleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_single = /** @type {((inputs?: Export_SingleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_SingleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_single(inputs)
	if (locale === "kk") return kk_export_single(inputs)
	return en_export_single(inputs)
});