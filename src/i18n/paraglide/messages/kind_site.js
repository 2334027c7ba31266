/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_SiteInputs */

const en_kind_site = /** @type {(inputs: Kind_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`site`)
};

const ru_kind_site = /** @type {(inputs: Kind_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`объект`)
};

const kk_kind_site = /** @type {(inputs: Kind_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`нысан`)
};

/**
* | output |
* | --- |
* | "site" |
*
* @param {Kind_SiteInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const kind_site = /** @type {((inputs?: Kind_SiteInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_SiteInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_kind_site(inputs)
	if (locale === "kk") return kk_kind_site(inputs)
	return en_kind_site(inputs)
});