/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} About_Keys_EndsInputs */

const en_about_keys_ends = /** @type {(inputs: About_Keys_EndsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`first and last day`)
};

const ru_about_keys_ends = /** @type {(inputs: About_Keys_EndsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`первый и последний день`)
};

const kk_about_keys_ends = /** @type {(inputs: About_Keys_EndsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`бірінші және соңғы күн`)
};

/**
* | output |
* | --- |
* | "first and last day" |
*
* @param {About_Keys_EndsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const about_keys_ends = /** @type {((inputs?: About_Keys_EndsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<About_Keys_EndsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_about_keys_ends(inputs)
	if (locale === "kk") return kk_about_keys_ends(inputs)
	return en_about_keys_ends(inputs)
});