/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_CountryInputs */

const en_kind_country = /** @type {(inputs: Kind_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`country`)
};

const ru_kind_country = /** @type {(inputs: Kind_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`страна`)
};

const kk_kind_country = /** @type {(inputs: Kind_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ел`)
};

/**
* | output |
* | --- |
* | "country" |
*
* @param {Kind_CountryInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const kind_country = /** @type {((inputs?: Kind_CountryInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_CountryInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_kind_country(inputs)
	if (locale === "kk") return kk_kind_country(inputs)
	return en_kind_country(inputs)
});