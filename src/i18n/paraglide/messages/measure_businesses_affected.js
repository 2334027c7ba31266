/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Measure_Businesses_AffectedInputs */

const en_measure_businesses_affected = /** @type {(inputs: Measure_Businesses_AffectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Businesses affected`)
};

const ru_measure_businesses_affected = /** @type {(inputs: Measure_Businesses_AffectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пострадавшие предприятия`)
};

const kk_measure_businesses_affected = /** @type {(inputs: Measure_Businesses_AffectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зардап шеккен кәсіпорындар`)
};

/**
* | output |
* | --- |
* | "Businesses affected" |
*
* @param {Measure_Businesses_AffectedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const measure_businesses_affected = /** @type {((inputs?: Measure_Businesses_AffectedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Measure_Businesses_AffectedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_measure_businesses_affected(inputs)
	if (locale === "kk") return kk_measure_businesses_affected(inputs)
	return en_measure_businesses_affected(inputs)
});