/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} About_Keys_OrInputs */

const en_about_keys_or = /** @type {(inputs: About_Keys_OrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`or`)
};

const ru_about_keys_or = /** @type {(inputs: About_Keys_OrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`или`)
};

const kk_about_keys_or = /** @type {(inputs: About_Keys_OrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`немесе`)
};

/**
* | output |
* | --- |
* | "or" |
*
* @param {About_Keys_OrInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const about_keys_or = /** @type {((inputs?: About_Keys_OrInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<About_Keys_OrInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_about_keys_or(inputs)
	if (locale === "kk") return kk_about_keys_or(inputs)
	return en_about_keys_or(inputs)
});