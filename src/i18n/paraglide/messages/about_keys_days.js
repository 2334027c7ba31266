/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} About_Keys_DaysInputs */

const en_about_keys_days = /** @type {(inputs: About_Keys_DaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`previous and next day`)
};

const ru_about_keys_days = /** @type {(inputs: About_Keys_DaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`предыдущий и следующий день`)
};

const kk_about_keys_days = /** @type {(inputs: About_Keys_DaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`алдыңғы және келесі күн`)
};

/**
* | output |
* | --- |
* | "previous and next day" |
*
* @param {About_Keys_DaysInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const about_keys_days = /** @type {((inputs?: About_Keys_DaysInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<About_Keys_DaysInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_about_keys_days(inputs)
	if (locale === "kk") return kk_about_keys_days(inputs)
	return en_about_keys_days(inputs)
});