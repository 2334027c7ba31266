/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Details_Col_EmergencyInputs */

const en_details_col_emergency = /** @type {(inputs: Details_Col_EmergencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Emerg.`)
};

const ru_details_col_emergency = /** @type {(inputs: Details_Col_EmergencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ЧП`)
};

const kk_details_col_emergency = /** @type {(inputs: Details_Col_EmergencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ТЖ`)
};

/**
* | output |
* | --- |
* | "Emerg." |
*
* @param {Details_Col_EmergencyInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const details_col_emergency = /** @type {((inputs?: Details_Col_EmergencyInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Details_Col_EmergencyInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_details_col_emergency(inputs)
	if (locale === "kk") return kk_details_col_emergency(inputs)
	return en_details_col_emergency(inputs)
});