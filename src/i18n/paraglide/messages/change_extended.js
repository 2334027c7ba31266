/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ what: NonNullable<unknown>, more: NonNullable<unknown>, total: NonNullable<unknown> }} Change_ExtendedInputs */

const en_change_extended = /** @type {(inputs: Change_ExtendedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what} extended to ${i?.more}${i?.total}`)
};

const ru_change_extended = /** @type {(inputs: Change_ExtendedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what}: распространение — ${i?.more}${i?.total}`)
};

const kk_change_extended = /** @type {(inputs: Change_ExtendedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what} кеңейді: ${i?.more}${i?.total}`)
};

/**
* | output |
* | --- |
* | "{what} extended to {more}{total}" |
*
* @param {Change_ExtendedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const change_extended = /** @type {((inputs: Change_ExtendedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Change_ExtendedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_change_extended(inputs)
	if (locale === "kk") return kk_change_extended(inputs)
	return en_change_extended(inputs)
});