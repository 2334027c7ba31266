/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Label_InferenceInputs */

const en_label_inference = /** @type {(inputs: Label_InferenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inference:`)
};

const ru_label_inference = /** @type {(inputs: Label_InferenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вывод:`)
};

const kk_label_inference = /** @type {(inputs: Label_InferenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Тұжырым:`)
};

/**
* | output |
* | --- |
* | "Inference:" |
*
* @param {Label_InferenceInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const label_inference = /** @type {((inputs?: Label_InferenceInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Label_InferenceInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_label_inference(inputs)
	if (locale === "kk") return kk_label_inference(inputs)
	return en_label_inference(inputs)
});