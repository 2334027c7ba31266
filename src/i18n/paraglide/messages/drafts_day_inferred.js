/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Drafts_Day_InferredInputs */

const en_drafts_day_inferred = /** @type {(inputs: Drafts_Day_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`day inferred`)
};

const ru_drafts_day_inferred = /** @type {(inputs: Drafts_Day_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`день выведен`)
};

const kk_drafts_day_inferred = /** @type {(inputs: Drafts_Day_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`күні шамамен`)
};

/**
* | output |
* | --- |
* | "day inferred" |
*
* @param {Drafts_Day_InferredInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const drafts_day_inferred = /** @type {((inputs?: Drafts_Day_InferredInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Drafts_Day_InferredInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_drafts_day_inferred(inputs)
	if (locale === "kk") return kk_drafts_day_inferred(inputs)
	return en_drafts_day_inferred(inputs)
});