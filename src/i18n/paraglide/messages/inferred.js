/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} InferredInputs */

const en_inferred = /** @type {(inputs: InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(inferred)`)
};

const ru_inferred = /** @type {(inputs: InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(вывод)`)
};

const kk_inferred = /** @type {(inputs: InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(тұжырым)`)
};

/**
* | output |
* | --- |
* | "(inferred)" |
*
* @param {InferredInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const inferred = /** @type {((inputs?: InferredInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<InferredInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_inferred(inputs)
	if (locale === "kk") return kk_inferred(inputs)
	return en_inferred(inputs)
});