/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Details_Where_DrawnInputs */

const en_details_where_drawn = /** @type {(inputs: Details_Where_DrawnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Where it is drawn:`)
};

const ru_details_where_drawn = /** @type {(inputs: Details_Where_DrawnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Где это на карте:`)
};

const kk_details_where_drawn = /** @type {(inputs: Details_Where_DrawnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Картада қай жерде:`)
};

/**
* | output |
* | --- |
* | "Where it is drawn:" |
*
* @param {Details_Where_DrawnInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const details_where_drawn = /** @type {((inputs?: Details_Where_DrawnInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Details_Where_DrawnInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_details_where_drawn(inputs)
	if (locale === "kk") return kk_details_where_drawn(inputs)
	return en_details_where_drawn(inputs)
});