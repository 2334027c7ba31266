/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Section_SecurityInputs */

const en_section_security = /** @type {(inputs: Section_SecurityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Security`)
};

const ru_section_security = /** @type {(inputs: Section_SecurityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Безопасность`)
};

const kk_section_security = /** @type {(inputs: Section_SecurityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қауіпсіздік`)
};

/**
* | output |
* | --- |
* | "Security" |
*
* @param {Section_SecurityInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const section_security = /** @type {((inputs?: Section_SecurityInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Section_SecurityInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_section_security(inputs)
	if (locale === "kk") return kk_section_security(inputs)
	return en_section_security(inputs)
});