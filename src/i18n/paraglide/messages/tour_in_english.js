/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tour_In_EnglishInputs */

const en_tour_in_english = /** @type {(inputs: Tour_In_EnglishInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tour captions are in English.`)
};

const ru_tour_in_english = /** @type {(inputs: Tour_In_EnglishInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Подписи тура — на английском.`)
};

const kk_tour_in_english = /** @type {(inputs: Tour_In_EnglishInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Тур жазбалары ағылшын тілінде.`)
};

/**
* | output |
* | --- |
* | "Tour captions are in English." |
*
* @param {Tour_In_EnglishInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const tour_in_english = /** @type {((inputs?: Tour_In_EnglishInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tour_In_EnglishInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_tour_in_english(inputs)
	if (locale === "kk") return kk_tour_in_english(inputs)
	return en_tour_in_english(inputs)
});