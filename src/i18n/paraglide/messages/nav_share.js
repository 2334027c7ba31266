/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Nav_ShareInputs */

const en_nav_share = /** @type {(inputs: Nav_ShareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Share`)
};

const ru_nav_share = /** @type {(inputs: Nav_ShareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Поделиться`)
};

const kk_nav_share = /** @type {(inputs: Nav_ShareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бөлісу`)
};

/**
* | output |
* | --- |
* | "Share" |
*
* @param {Nav_ShareInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const nav_share = /** @type {((inputs?: Nav_ShareInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_ShareInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_nav_share(inputs)
	if (locale === "kk") return kk_nav_share(inputs)
	return en_nav_share(inputs)
});