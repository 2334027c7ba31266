/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_EmergencyInputs */

const en_legend_emergency = /** @type {(inputs: Legend_EmergencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`State of emergency, no threat level`)
};

const ru_legend_emergency = /** @type {(inputs: Legend_EmergencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Чрезвычайное положение без уровня опасности`)
};

const kk_legend_emergency = /** @type {(inputs: Legend_EmergencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қауіп деңгейінсіз төтенше жағдай`)
};

/**
* | output |
* | --- |
* | "State of emergency, no threat level" |
*
* @param {Legend_EmergencyInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const legend_emergency = /** @type {((inputs?: Legend_EmergencyInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_EmergencyInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_legend_emergency(inputs)
	if (locale === "kk") return kk_legend_emergency(inputs)
	return en_legend_emergency(inputs)
});