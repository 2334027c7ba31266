/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Some_InferredInputs */

const en_some_inferred = /** @type {(inputs: Some_InferredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(${i?.count} inferred)`)
};

const ru_some_inferred = /** @type {(inputs: Some_InferredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(${i?.count} — вывод)`)
};

const kk_some_inferred = /** @type {(inputs: Some_InferredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(${i?.count} — тұжырым)`)
};

/**
* | output |
* | --- |
* | "({count} inferred)" |
*
* @param {Some_InferredInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const some_inferred = /** @type {((inputs: Some_InferredInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Some_InferredInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_some_inferred(inputs)
	if (locale === "kk") return kk_some_inferred(inputs)
	return en_some_inferred(inputs)
});