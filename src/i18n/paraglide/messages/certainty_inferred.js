/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Certainty_InferredInputs */

const en_certainty_inferred = /** @type {(inputs: Certainty_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`inferred`)
};

const ru_certainty_inferred = /** @type {(inputs: Certainty_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`вывод`)
};

const kk_certainty_inferred = /** @type {(inputs: Certainty_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`тұжырым`)
};

/**
* | output |
* | --- |
* | "inferred" |
*
* @param {Certainty_InferredInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const certainty_inferred = /** @type {((inputs?: Certainty_InferredInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Certainty_InferredInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_certainty_inferred(inputs)
	if (locale === "kk") return kk_certainty_inferred(inputs)
	return en_certainty_inferred(inputs)
});