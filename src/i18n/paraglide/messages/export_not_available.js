/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_Not_AvailableInputs */

const en_export_not_available = /** @type {(inputs: Export_Not_AvailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` (not available in this browser)`)
};

const ru_export_not_available = /** @type {(inputs: Export_Not_AvailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` (недоступно в этом браузере)`)
};

const kk_export_not_available = /** @type {(inputs: Export_Not_AvailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` (бұл браузерде қолжетімсіз)`)
};

/**
* | output |
* | --- |
* | "(not available in this browser)" |
*
* @param {Export_Not_AvailableInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_not_available = /** @type {((inputs?: Export_Not_AvailableInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_Not_AvailableInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_not_available(inputs)
	if (locale === "kk") return kk_export_not_available(inputs)
	return en_export_not_available(inputs)
});