/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Badge_NationwideInputs */

const en_badge_nationwide = /** @type {(inputs: Badge_NationwideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nationwide`)
};

const ru_badge_nationwide = /** @type {(inputs: Badge_NationwideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`по всей стране`)
};

const kk_badge_nationwide = /** @type {(inputs: Badge_NationwideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`бүкіл ел бойынша`)
};

/**
* | output |
* | --- |
* | "nationwide" |
*
* @param {Badge_NationwideInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const badge_nationwide = /** @type {((inputs?: Badge_NationwideInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Badge_NationwideInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_badge_nationwide(inputs)
	if (locale === "kk") return kk_badge_nationwide(inputs)
	return en_badge_nationwide(inputs)
});