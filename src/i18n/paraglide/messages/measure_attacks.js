/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Measure_AttacksInputs */

const en_measure_attacks = /** @type {(inputs: Measure_AttacksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Attacks`)
};

const ru_measure_attacks = /** @type {(inputs: Measure_AttacksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Нападения`)
};

const kk_measure_attacks = /** @type {(inputs: Measure_AttacksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Шабуылдар`)
};

/**
* | output |
* | --- |
* | "Attacks" |
*
* @param {Measure_AttacksInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const measure_attacks = /** @type {((inputs?: Measure_AttacksInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Measure_AttacksInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_measure_attacks(inputs)
	if (locale === "kk") return kk_measure_attacks(inputs)
	return en_measure_attacks(inputs)
});