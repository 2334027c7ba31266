/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Nav_CountryInputs */

const en_nav_country = /** @type {(inputs: Nav_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Whole country`)
};

const ru_nav_country = /** @type {(inputs: Nav_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вся страна`)
};

const kk_nav_country = /** @type {(inputs: Nav_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бүкіл ел`)
};

/**
* | output |
* | --- |
* | "Whole country" |
*
* @param {Nav_CountryInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const nav_country = /** @type {((inputs?: Nav_CountryInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_CountryInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_nav_country(inputs)
	if (locale === "kk") return kk_nav_country(inputs)
	return en_nav_country(inputs)
});