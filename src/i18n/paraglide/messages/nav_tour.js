/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Nav_TourInputs */

const en_nav_tour = /** @type {(inputs: Nav_TourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Take the tour`)
};

const ru_nav_tour = /** @type {(inputs: Nav_TourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пройти тур`)
};

const kk_nav_tour = /** @type {(inputs: Nav_TourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Турды бастау`)
};

/**
* | output |
* | --- |
* | "Take the tour" |
*
* @param {Nav_TourInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const nav_tour = /** @type {((inputs?: Nav_TourInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_TourInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_nav_tour(inputs)
	if (locale === "kk") return kk_nav_tour(inputs)
	return en_nav_tour(inputs)
});