/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Details_City_UnitInputs */

const en_details_city_unit = /** @type {(inputs: Details_City_UnitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`City of republican significance`)
};

const ru_details_city_unit = /** @type {(inputs: Details_City_UnitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Город республиканского значения`)
};

const kk_details_city_unit = /** @type {(inputs: Details_City_UnitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Республикалық маңызы бар қала`)
};

/**
* | output |
* | --- |
* | "City of republican significance" |
*
* @param {Details_City_UnitInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const details_city_unit = /** @type {((inputs?: Details_City_UnitInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Details_City_UnitInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_details_city_unit(inputs)
	if (locale === "kk") return kk_details_city_unit(inputs)
	return en_details_city_unit(inputs)
});