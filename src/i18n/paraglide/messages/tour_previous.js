/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tour_PreviousInputs */

const en_tour_previous = /** @type {(inputs: Tour_PreviousInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`◀ Previous`)
};

const ru_tour_previous = /** @type {(inputs: Tour_PreviousInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`◀ Назад`)
};

const kk_tour_previous = /** @type {(inputs: Tour_PreviousInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`◀ Алдыңғы`)
};

/**
* | output |
* | --- |
* | "◀ Previous" |
*
* @param {Tour_PreviousInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const tour_previous = /** @type {((inputs?: Tour_PreviousInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tour_PreviousInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_tour_previous(inputs)
	if (locale === "kk") return kk_tour_previous(inputs)
	return en_tour_previous(inputs)
});