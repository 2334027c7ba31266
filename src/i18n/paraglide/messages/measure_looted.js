/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Measure_LootedInputs */

const en_measure_looted = /** @type {(inputs: Measure_LootedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Looted`)
};

const ru_measure_looted = /** @type {(inputs: Measure_LootedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Разграблено`)
};

const kk_measure_looted = /** @type {(inputs: Measure_LootedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Тоналғандар`)
};

/**
* | output |
* | --- |
* | "Looted" |
*
* @param {Measure_LootedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const measure_looted = /** @type {((inputs?: Measure_LootedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Measure_LootedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_measure_looted(inputs)
	if (locale === "kk") return kk_measure_looted(inputs)
	return en_measure_looted(inputs)
});