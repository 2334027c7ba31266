/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_InferredInputs */

const en_legend_inferred = /** @type {(inputs: Legend_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pale: inferred, not reported for that day`)
};

const ru_legend_inferred = /** @type {(inputs: Legend_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бледный цвет: вывод, а не сообщение за этот день`)
};

const kk_legend_inferred = /** @type {(inputs: Legend_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бозғылт түс: сол күнге хабарланбаған, тұжырым`)
};

/**
* | output |
* | --- |
* | "Pale: inferred, not reported for that day" |
*
* @param {Legend_InferredInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const legend_inferred = /** @type {((inputs?: Legend_InferredInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_InferredInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_legend_inferred(inputs)
	if (locale === "kk") return kk_legend_inferred(inputs)
	return en_legend_inferred(inputs)
});