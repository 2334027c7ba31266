/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_View_CountryInputs */

const en_export_view_country = /** @type {(inputs: Export_View_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`whole country`)
};

const ru_export_view_country = /** @type {(inputs: Export_View_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`вся страна`)
};

const kk_export_view_country = /** @type {(inputs: Export_View_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`бүкіл ел`)
};

/**
* | output |
* | --- |
* | "whole country" |
*
* @param {Export_View_CountryInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_view_country = /** @type {((inputs?: Export_View_CountryInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_View_CountryInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_view_country(inputs)
	if (locale === "kk") return kk_export_view_country(inputs)
	return en_export_view_country(inputs)
});