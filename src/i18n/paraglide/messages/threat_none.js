/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Threat_NoneInputs */

const en_threat_none = /** @type {(inputs: Threat_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No threat level reported`)
};

const ru_threat_none = /** @type {(inputs: Threat_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Об уровне опасности не сообщалось`)
};

const kk_threat_none = /** @type {(inputs: Threat_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қауіп деңгейі туралы хабарланбаған`)
};

/**
* | output |
* | --- |
* | "No threat level reported" |
*
* @param {Threat_NoneInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const threat_none = /** @type {((inputs?: Threat_NoneInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Threat_NoneInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_threat_none(inputs)
	if (locale === "kk") return kk_threat_none(inputs)
	return en_threat_none(inputs)
});