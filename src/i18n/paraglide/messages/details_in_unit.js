/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ kind: NonNullable<unknown>, unit: NonNullable<unknown> }} Details_In_UnitInputs */

const en_details_in_unit = /** @type {(inputs: Details_In_UnitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} in ${i?.unit}`)
};

const ru_details_in_unit = /** @type {(inputs: Details_In_UnitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind}; ${i?.unit}`)
};

const kk_details_in_unit = /** @type {(inputs: Details_In_UnitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind}; ${i?.unit}`)
};

/**
* | output |
* | --- |
* | "{kind} in {unit}" |
*
* @param {Details_In_UnitInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const details_in_unit = /** @type {((inputs: Details_In_UnitInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Details_In_UnitInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_details_in_unit(inputs)
	if (locale === "kk") return kk_details_in_unit(inputs)
	return en_details_in_unit(inputs)
});