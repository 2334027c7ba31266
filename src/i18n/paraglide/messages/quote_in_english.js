/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Quote_In_EnglishInputs */

const en_quote_in_english = /** @type {(inputs: Quote_In_EnglishInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quoted in English, as published`)
};

const ru_quote_in_english = /** @type {(inputs: Quote_In_EnglishInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Цитата на английском, как опубликовано`)
};

const kk_quote_in_english = /** @type {(inputs: Quote_In_EnglishInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Дәйексөз ағылшын тілінде, жарияланғандай`)
};

/**
* | output |
* | --- |
* | "Quoted in English, as published" |
*
* @param {Quote_In_EnglishInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const quote_in_english = /** @type {((inputs?: Quote_In_EnglishInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Quote_In_EnglishInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_quote_in_english(inputs)
	if (locale === "kk") return kk_quote_in_english(inputs)
	return en_quote_in_english(inputs)
});