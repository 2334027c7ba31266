/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Table_EmergencyInputs */

const en_table_emergency = /** @type {(inputs: Table_EmergencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Emergency`)
};

const ru_table_emergency = /** @type {(inputs: Table_EmergencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ЧП`)
};

const kk_table_emergency = /** @type {(inputs: Table_EmergencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ТЖ`)
};

/**
* | output |
* | --- |
* | "Emergency" |
*
* @param {Table_EmergencyInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const table_emergency = /** @type {((inputs?: Table_EmergencyInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Table_EmergencyInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_table_emergency(inputs)
	if (locale === "kk") return kk_table_emergency(inputs)
	return en_table_emergency(inputs)
});