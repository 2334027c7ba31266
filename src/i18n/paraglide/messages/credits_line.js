/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Credits_LineInputs */

const en_credits_line = /** @type {(inputs: Credits_LineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Boundaries © Natural Earth · places GeoNames (CC BY 4.0) ·`)
};

const ru_credits_line = /** @type {(inputs: Credits_LineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Границы © Natural Earth · места GeoNames (CC BY 4.0) ·`)
};

const kk_credits_line = /** @type {(inputs: Credits_LineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Шекаралар © Natural Earth · орындар GeoNames (CC BY 4.0) ·`)
};

/**
* | output |
* | --- |
* | "Boundaries © Natural Earth · places GeoNames (CC BY 4.0) ·" |
*
* @param {Credits_LineInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const credits_line = /** @type {((inputs?: Credits_LineInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Credits_LineInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_credits_line(inputs)
	if (locale === "kk") return kk_credits_line(inputs)
	return en_credits_line(inputs)
});