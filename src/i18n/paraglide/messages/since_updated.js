/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Since_UpdatedInputs */

const en_since_updated = /** @type {(inputs: Since_UpdatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`since updated`)
};

const ru_since_updated = /** @type {(inputs: Since_UpdatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`позже обновлено`)
};

const kk_since_updated = /** @type {(inputs: Since_UpdatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`кейін жаңартылған`)
};

/**
* | output |
* | --- |
* | "since updated" |
*
* @param {Since_UpdatedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const since_updated = /** @type {((inputs?: Since_UpdatedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Since_UpdatedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_since_updated(inputs)
	if (locale === "kk") return kk_since_updated(inputs)
	return en_since_updated(inputs)
});