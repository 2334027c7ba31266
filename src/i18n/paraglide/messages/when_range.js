/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ start: NonNullable<unknown>, end: NonNullable<unknown> }} When_RangeInputs */

const en_when_range = /** @type {(inputs: When_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.start} to ${i?.end}`)
};

const ru_when_range = /** @type {(inputs: When_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`с ${i?.start} по ${i?.end}`)
};

const kk_when_range = /** @type {(inputs: When_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.start} – ${i?.end}`)
};

/**
* | output |
* | --- |
* | "{start} to {end}" |
*
* @param {When_RangeInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const when_range = /** @type {((inputs: When_RangeInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<When_RangeInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_when_range(inputs)
	if (locale === "kk") return kk_when_range(inputs)
	return en_when_range(inputs)
});