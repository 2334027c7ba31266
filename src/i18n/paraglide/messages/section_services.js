/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Section_ServicesInputs */

const en_section_services = /** @type {(inputs: Section_ServicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Services`)
};

const ru_section_services = /** @type {(inputs: Section_ServicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Службы`)
};

const kk_section_services = /** @type {(inputs: Section_ServicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қызметтер`)
};

/**
* | output |
* | --- |
* | "Services" |
*
* @param {Section_ServicesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const section_services = /** @type {((inputs?: Section_ServicesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Section_ServicesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_section_services(inputs)
	if (locale === "kk") return kk_section_services(inputs)
	return en_section_services(inputs)
});