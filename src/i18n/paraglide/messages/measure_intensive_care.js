/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Measure_Intensive_CareInputs */

const en_measure_intensive_care = /** @type {(inputs: Measure_Intensive_CareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In intensive care`)
};

const ru_measure_intensive_care = /** @type {(inputs: Measure_Intensive_CareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`В реанимации`)
};

const kk_measure_intensive_care = /** @type {(inputs: Measure_Intensive_CareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жансақтау бөлімінде`)
};

/**
* | output |
* | --- |
* | "In intensive care" |
*
* @param {Measure_Intensive_CareInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const measure_intensive_care = /** @type {((inputs?: Measure_Intensive_CareInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Measure_Intensive_CareInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_measure_intensive_care(inputs)
	if (locale === "kk") return kk_measure_intensive_care(inputs)
	return en_measure_intensive_care(inputs)
});