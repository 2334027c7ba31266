/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ outlet: NonNullable<unknown> }} About_OutletInputs */

const en_about_outlet = /** @type {(inputs: About_OutletInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`outlet ${i?.outlet}`)
};

const ru_about_outlet = /** @type {(inputs: About_OutletInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`издание: ${i?.outlet}`)
};

const kk_about_outlet = /** @type {(inputs: About_OutletInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`басылым: ${i?.outlet}`)
};

/**
* | output |
* | --- |
* | "outlet {outlet}" |
*
* @param {About_OutletInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const about_outlet = /** @type {((inputs: About_OutletInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<About_OutletInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_about_outlet(inputs)
	if (locale === "kk") return kk_about_outlet(inputs)
	return en_about_outlet(inputs)
});