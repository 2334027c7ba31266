/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ day: NonNullable<unknown> }} Protests_BeganInputs */

const en_protests_began = /** @type {(inputs: Protests_BeganInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`protests began ${i?.day}`)
};

const ru_protests_began = /** @type {(inputs: Protests_BeganInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`начало протестов: ${i?.day}`)
};

const kk_protests_began = /** @type {(inputs: Protests_BeganInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`наразылық басталды: ${i?.day}`)
};

/**
* | output |
* | --- |
* | "protests began {day}" |
*
* @param {Protests_BeganInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const protests_began = /** @type {((inputs: Protests_BeganInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Protests_BeganInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_protests_began(inputs)
	if (locale === "kk") return kk_protests_began(inputs)
	return en_protests_began(inputs)
});