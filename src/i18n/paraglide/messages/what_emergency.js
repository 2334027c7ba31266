/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} What_EmergencyInputs */

const en_what_emergency = /** @type {(inputs: What_EmergencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`State of emergency`)
};

const ru_what_emergency = /** @type {(inputs: What_EmergencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Чрезвычайное положение`)
};

const kk_what_emergency = /** @type {(inputs: What_EmergencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Төтенше жағдай`)
};

/**
* | output |
* | --- |
* | "State of emergency" |
*
* @param {What_EmergencyInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const what_emergency = /** @type {((inputs?: What_EmergencyInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<What_EmergencyInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_what_emergency(inputs)
	if (locale === "kk") return kk_what_emergency(inputs)
	return en_what_emergency(inputs)
});