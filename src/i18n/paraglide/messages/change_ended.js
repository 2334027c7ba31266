/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ what: NonNullable<unknown>, where: NonNullable<unknown> }} Change_EndedInputs */

const en_change_ended = /** @type {(inputs: Change_EndedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what} ends in ${i?.where}`)
};

const ru_change_ended = /** @type {(inputs: Change_EndedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what}: окончание — ${i?.where}`)
};

const kk_change_ended = /** @type {(inputs: Change_EndedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what}: аяқталды — ${i?.where}`)
};

/**
* | output |
* | --- |
* | "{what} ends in {where}" |
*
* @param {Change_EndedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const change_ended = /** @type {((inputs: Change_EndedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Change_EndedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_change_ended(inputs)
	if (locale === "kk") return kk_change_ended(inputs)
	return en_change_ended(inputs)
});