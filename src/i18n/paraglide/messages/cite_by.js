/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ author: NonNullable<unknown> }} Cite_ByInputs */

const en_cite_by = /** @type {(inputs: Cite_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`, by ${i?.author}`)
};

const ru_cite_by = /** @type {(inputs: Cite_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`, автор: ${i?.author}`)
};

const kk_cite_by = /** @type {(inputs: Cite_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`, авторы: ${i?.author}`)
};

/**
* | output |
* | --- |
* | ", by {author}" |
*
* @param {Cite_ByInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const cite_by = /** @type {((inputs: Cite_ByInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cite_ByInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_cite_by(inputs)
	if (locale === "kk") return kk_cite_by(inputs)
	return en_cite_by(inputs)
});