/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_SecurityInputs */

const en_activity_security = /** @type {(inputs: Activity_SecurityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Security measures`)
};

const ru_activity_security = /** @type {(inputs: Activity_SecurityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Меры безопасности`)
};

const kk_activity_security = /** @type {(inputs: Activity_SecurityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қауіпсіздік шаралары`)
};

/**
* | output |
* | --- |
* | "Security measures" |
*
* @param {Activity_SecurityInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const activity_security = /** @type {((inputs?: Activity_SecurityInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_SecurityInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_activity_security(inputs)
	if (locale === "kk") return kk_activity_security(inputs)
	return en_activity_security(inputs)
});