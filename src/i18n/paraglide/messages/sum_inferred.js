/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ regions: NonNullable<unknown> }} Sum_InferredInputs */

const en_sum_inferred = /** @type {(inputs: Sum_InferredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Some statuses in ${i?.regions} are inferred, not reported.`)
};

const ru_sum_inferred = /** @type {(inputs: Sum_InferredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Часть статусов — вывод, а не сообщение: ${i?.regions}.`)
};

const kk_sum_inferred = /** @type {(inputs: Sum_InferredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Кейбір мәртебелер хабарланбаған, тұжырым: ${i?.regions}.`)
};

/**
* | output |
* | --- |
* | "Some statuses in {regions} are inferred, not reported." |
*
* @param {Sum_InferredInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const sum_inferred = /** @type {((inputs: Sum_InferredInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sum_InferredInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_sum_inferred(inputs)
	if (locale === "kk") return kk_sum_inferred(inputs)
	return en_sum_inferred(inputs)
});