/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Now_AllInputs */

const en_now_all = /** @type {(inputs: Now_AllInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`, now all ${i?.count}`)
};

const ru_now_all = /** @type {(inputs: Now_AllInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`, теперь все ${i?.count}`)
};

const kk_now_all = /** @type {(inputs: Now_AllInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`, енді барлығы ${i?.count}`)
};

/**
* | output |
* | --- |
* | ", now all {count}" |
*
* @param {Now_AllInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const now_all = /** @type {((inputs: Now_AllInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Now_AllInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_now_all(inputs)
	if (locale === "kk") return kk_now_all(inputs)
	return en_now_all(inputs)
});