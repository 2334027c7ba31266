/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_CstoInputs */

const en_activity_csto = /** @type {(inputs: Activity_CstoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`CSTO`)
};

const ru_activity_csto = /** @type {(inputs: Activity_CstoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ОДКБ`)
};

const kk_activity_csto = /** @type {(inputs: Activity_CstoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ҰҚШҰ`)
};

/**
* | output |
* | --- |
* | "CSTO" |
*
* @param {Activity_CstoInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const activity_csto = /** @type {((inputs?: Activity_CstoInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_CstoInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_activity_csto(inputs)
	if (locale === "kk") return kk_activity_csto(inputs)
	return en_activity_csto(inputs)
});