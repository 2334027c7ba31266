/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tour_NextInputs */

const en_tour_next = /** @type {(inputs: Tour_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Next ▶`)
};

const ru_tour_next = /** @type {(inputs: Tour_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Далее ▶`)
};

const kk_tour_next = /** @type {(inputs: Tour_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Келесі ▶`)
};

/**
* | output |
* | --- |
* | "Next ▶" |
*
* @param {Tour_NextInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const tour_next = /** @type {((inputs?: Tour_NextInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tour_NextInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_tour_next(inputs)
	if (locale === "kk") return kk_tour_next(inputs)
	return en_tour_next(inputs)
});