/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_CityInputs */

const en_kind_city = /** @type {(inputs: Kind_CityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`city`)
};

const ru_kind_city = /** @type {(inputs: Kind_CityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`город`)
};

const kk_kind_city = /** @type {(inputs: Kind_CityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`қала`)
};

/**
* | output |
* | --- |
* | "city" |
*
* @param {Kind_CityInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const kind_city = /** @type {((inputs?: Kind_CityInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_CityInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_kind_city(inputs)
	if (locale === "kk") return kk_kind_city(inputs)
	return en_kind_city(inputs)
});