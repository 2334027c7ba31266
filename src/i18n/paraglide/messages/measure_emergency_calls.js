/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Measure_Emergency_CallsInputs */

const en_measure_emergency_calls = /** @type {(inputs: Measure_Emergency_CallsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Emergency calls`)
};

const ru_measure_emergency_calls = /** @type {(inputs: Measure_Emergency_CallsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вызовы экстренных служб`)
};

const kk_measure_emergency_calls = /** @type {(inputs: Measure_Emergency_CallsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Шұғыл қызметтерге қоңыраулар`)
};

/**
* | output |
* | --- |
* | "Emergency calls" |
*
* @param {Measure_Emergency_CallsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const measure_emergency_calls = /** @type {((inputs?: Measure_Emergency_CallsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Measure_Emergency_CallsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_measure_emergency_calls(inputs)
	if (locale === "kk") return kk_measure_emergency_calls(inputs)
	return en_measure_emergency_calls(inputs)
});