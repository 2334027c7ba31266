/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Measure_KilledInputs */

const en_measure_killed = /** @type {(inputs: Measure_KilledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Killed`)
};

const ru_measure_killed = /** @type {(inputs: Measure_KilledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Погибли`)
};

const kk_measure_killed = /** @type {(inputs: Measure_KilledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қаза тапқандар`)
};

/**
* | output |
* | --- |
* | "Killed" |
*
* @param {Measure_KilledInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const measure_killed = /** @type {((inputs?: Measure_KilledInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Measure_KilledInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_measure_killed(inputs)
	if (locale === "kk") return kk_measure_killed(inputs)
	return en_measure_killed(inputs)
});