/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Badge_Date_InferredInputs */

const en_badge_date_inferred = /** @type {(inputs: Badge_Date_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`date inferred`)
};

const ru_badge_date_inferred = /** @type {(inputs: Badge_Date_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`дата выведена`)
};

const kk_badge_date_inferred = /** @type {(inputs: Badge_Date_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`күні тұжырымдалған`)
};

/**
* | output |
* | --- |
* | "date inferred" |
*
* @param {Badge_Date_InferredInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const badge_date_inferred = /** @type {((inputs?: Badge_Date_InferredInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Badge_Date_InferredInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_badge_date_inferred(inputs)
	if (locale === "kk") return kk_badge_date_inferred(inputs)
	return en_badge_date_inferred(inputs)
});