/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_View_CurrentInputs */

const en_export_view_current = /** @type {(inputs: Export_View_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`as on screen`)
};

const ru_export_view_current = /** @type {(inputs: Export_View_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`как на экране`)
};

const kk_export_view_current = /** @type {(inputs: Export_View_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`экрандағыдай`)
};

/**
* | output |
* | --- |
* | "as on screen" |
*
* @param {Export_View_CurrentInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_view_current = /** @type {((inputs?: Export_View_CurrentInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_View_CurrentInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_view_current(inputs)
	if (locale === "kk") return kk_export_view_current(inputs)
	return en_export_view_current(inputs)
});