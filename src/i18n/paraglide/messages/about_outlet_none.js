/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} About_Outlet_NoneInputs */

const en_about_outlet_none = /** @type {(inputs: About_Outlet_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`not named in the text`)
};

const ru_about_outlet_none = /** @type {(inputs: About_Outlet_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`в тексте не названо`)
};

const kk_about_outlet_none = /** @type {(inputs: About_Outlet_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`мәтінде аталмаған`)
};

/**
* | output |
* | --- |
* | "not named in the text" |
*
* @param {About_Outlet_NoneInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const about_outlet_none = /** @type {((inputs?: About_Outlet_NoneInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<About_Outlet_NoneInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_about_outlet_none(inputs)
	if (locale === "kk") return kk_about_outlet_none(inputs)
	return en_about_outlet_none(inputs)
});