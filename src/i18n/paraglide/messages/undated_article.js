/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ day: NonNullable<unknown> }} Undated_ArticleInputs */

const en_undated_article = /** @type {(inputs: Undated_ArticleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`undated article, written on or after ${i?.day}`)
};

const ru_undated_article = /** @type {(inputs: Undated_ArticleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`статья без даты, написана не ранее ${i?.day}`)
};

const kk_undated_article = /** @type {(inputs: Undated_ArticleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`күні жоқ мақала, ${i?.day} немесе одан кейін жазылған`)
};

/**
* | output |
* | --- |
* | "undated article, written on or after {day}" |
*
* @param {Undated_ArticleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const undated_article = /** @type {((inputs: Undated_ArticleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Undated_ArticleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_undated_article(inputs)
	if (locale === "kk") return kk_undated_article(inputs)
	return en_undated_article(inputs)
});