/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_Place_InferredInputs */

const en_legend_place_inferred = /** @type {(inputs: Legend_Place_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hollow: day inferred`)
};

const ru_legend_place_inferred = /** @type {(inputs: Legend_Place_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Полый кружок: день выведен`)
};

const kk_legend_place_inferred = /** @type {(inputs: Legend_Place_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қуыс шеңбер: күні тұжырымдалған`)
};

/**
* | output |
* | --- |
* | "Hollow: day inferred" |
*
* @param {Legend_Place_InferredInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const legend_place_inferred = /** @type {((inputs?: Legend_Place_InferredInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_Place_InferredInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_legend_place_inferred(inputs)
	if (locale === "kk") return kk_legend_place_inferred(inputs)
	return en_legend_place_inferred(inputs)
});