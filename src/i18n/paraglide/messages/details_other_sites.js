/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ city: NonNullable<unknown> }} Details_Other_SitesInputs */

const en_details_other_sites = /** @type {(inputs: Details_Other_SitesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Other sites in ${i?.city}`)
};

const ru_details_other_sites = /** @type {(inputs: Details_Other_SitesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Другие объекты: ${i?.city}`)
};

const kk_details_other_sites = /** @type {(inputs: Details_Other_SitesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Басқа нысандар: ${i?.city}`)
};

/**
* | output |
* | --- |
* | "Other sites in {city}" |
*
* @param {Details_Other_SitesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const details_other_sites = /** @type {((inputs: Details_Other_SitesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Details_Other_SitesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_details_other_sites(inputs)
	if (locale === "kk") return kk_details_other_sites(inputs)
	return en_details_other_sites(inputs)
});