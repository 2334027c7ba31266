/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Details_Col_ThreatInputs */

const en_details_col_threat = /** @type {(inputs: Details_Col_ThreatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Threat`)
};

const ru_details_col_threat = /** @type {(inputs: Details_Col_ThreatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Опасн.`)
};

const kk_details_col_threat = /** @type {(inputs: Details_Col_ThreatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қауіп`)
};

/**
* | output |
* | --- |
* | "Threat" |
*
* @param {Details_Col_ThreatInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const details_col_threat = /** @type {((inputs?: Details_Col_ThreatInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Details_Col_ThreatInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_details_col_threat(inputs)
	if (locale === "kk") return kk_details_col_threat(inputs)
	return en_details_col_threat(inputs)
});