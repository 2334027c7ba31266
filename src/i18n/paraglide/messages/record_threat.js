/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ value: NonNullable<unknown> }} Record_ThreatInputs */

const en_record_threat = /** @type {(inputs: Record_ThreatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Threat level "${i?.value}"`)
};

const ru_record_threat = /** @type {(inputs: Record_ThreatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Уровень опасности «${i?.value}»`)
};

const kk_record_threat = /** @type {(inputs: Record_ThreatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Қауіп деңгейі «${i?.value}»`)
};

/**
* | output |
* | --- |
* | "Threat level \"{value}\"" |
*
* @param {Record_ThreatInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const record_threat = /** @type {((inputs: Record_ThreatInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Record_ThreatInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_record_threat(inputs)
	if (locale === "kk") return kk_record_threat(inputs)
	return en_record_threat(inputs)
});