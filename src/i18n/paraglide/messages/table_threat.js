/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Table_ThreatInputs */

const en_table_threat = /** @type {(inputs: Table_ThreatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Threat level`)
};

const ru_table_threat = /** @type {(inputs: Table_ThreatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Уровень опасности`)
};

const kk_table_threat = /** @type {(inputs: Table_ThreatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қауіп деңгейі`)
};

/**
* | output |
* | --- |
* | "Threat level" |
*
* @param {Table_ThreatInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const table_threat = /** @type {((inputs?: Table_ThreatInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Table_ThreatInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_table_threat(inputs)
	if (locale === "kk") return kk_table_threat(inputs)
	return en_table_threat(inputs)
});