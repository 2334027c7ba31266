/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ what: NonNullable<unknown>, where: NonNullable<unknown> }} Change_UnrecordedInputs */

const en_change_unrecorded = /** @type {(inputs: Change_UnrecordedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what}: no longer recorded in ${i?.where}`)
};

const ru_change_unrecorded = /** @type {(inputs: Change_UnrecordedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what}: больше не отмечено — ${i?.where}`)
};

const kk_change_unrecorded = /** @type {(inputs: Change_UnrecordedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what}: енді тіркелмеген — ${i?.where}`)
};

/**
* | output |
* | --- |
* | "{what}: no longer recorded in {where}" |
*
* @param {Change_UnrecordedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const change_unrecorded = /** @type {((inputs: Change_UnrecordedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Change_UnrecordedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_change_unrecorded(inputs)
	if (locale === "kk") return kk_change_unrecorded(inputs)
	return en_change_unrecorded(inputs)
});