/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Csto_NoneInputs */

const en_csto_none = /** @type {(inputs: Csto_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No CSTO involvement`)
};

const ru_csto_none = /** @type {(inputs: Csto_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ОДКБ не участвует`)
};

const kk_csto_none = /** @type {(inputs: Csto_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ҰҚШҰ қатыспайды`)
};

/**
* | output |
* | --- |
* | "No CSTO involvement" |
*
* @param {Csto_NoneInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const csto_none = /** @type {((inputs?: Csto_NoneInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Csto_NoneInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_csto_none(inputs)
	if (locale === "kk") return kk_csto_none(inputs)
	return en_csto_none(inputs)
});