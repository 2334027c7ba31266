/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ what: NonNullable<unknown>, where: NonNullable<unknown> }} Change_InInputs */

const en_change_in = /** @type {(inputs: Change_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what} in ${i?.where}`)
};

const ru_change_in = /** @type {(inputs: Change_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what}: ${i?.where}`)
};

const kk_change_in = /** @type {(inputs: Change_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what}: ${i?.where}`)
};

/**
* | output |
* | --- |
* | "{what} in {where}" |
*
* @param {Change_InInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const change_in = /** @type {((inputs: Change_InInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Change_InInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_change_in(inputs)
	if (locale === "kk") return kk_change_in(inputs)
	return en_change_in(inputs)
});