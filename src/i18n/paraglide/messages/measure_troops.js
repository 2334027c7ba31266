/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Measure_TroopsInputs */

const en_measure_troops = /** @type {(inputs: Measure_TroopsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Troops`)
};

const ru_measure_troops = /** @type {(inputs: Measure_TroopsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Военнослужащие`)
};

const kk_measure_troops = /** @type {(inputs: Measure_TroopsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Әскерилер`)
};

/**
* | output |
* | --- |
* | "Troops" |
*
* @param {Measure_TroopsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const measure_troops = /** @type {((inputs?: Measure_TroopsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Measure_TroopsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_measure_troops(inputs)
	if (locale === "kk") return kk_measure_troops(inputs)
	return en_measure_troops(inputs)
});