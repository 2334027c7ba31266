/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ place: NonNullable<unknown> }} Details_Sites_InInputs */

const en_details_sites_in = /** @type {(inputs: Details_Sites_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sites in ${i?.place}`)
};

const ru_details_sites_in = /** @type {(inputs: Details_Sites_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Объекты: ${i?.place}`)
};

const kk_details_sites_in = /** @type {(inputs: Details_Sites_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Нысандар: ${i?.place}`)
};

/**
* | output |
* | --- |
* | "Sites in {place}" |
*
* @param {Details_Sites_InInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const details_sites_in = /** @type {((inputs: Details_Sites_InInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Details_Sites_InInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_details_sites_in(inputs)
	if (locale === "kk") return kk_details_sites_in(inputs)
	return en_details_sites_in(inputs)
});