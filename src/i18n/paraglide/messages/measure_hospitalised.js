/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Measure_HospitalisedInputs */

const en_measure_hospitalised = /** @type {(inputs: Measure_HospitalisedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hospitalised`)
};

const ru_measure_hospitalised = /** @type {(inputs: Measure_HospitalisedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Госпитализированы`)
};

const kk_measure_hospitalised = /** @type {(inputs: Measure_HospitalisedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ауруханаға түскендер`)
};

/**
* | output |
* | --- |
* | "Hospitalised" |
*
* @param {Measure_HospitalisedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const measure_hospitalised = /** @type {((inputs?: Measure_HospitalisedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Measure_HospitalisedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_measure_hospitalised(inputs)
	if (locale === "kk") return kk_measure_hospitalised(inputs)
	return en_measure_hospitalised(inputs)
});