/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ min: NonNullable<unknown>, max: NonNullable<unknown> }} Export_Bad_FrameInputs */

const en_export_bad_frame = /** @type {(inputs: Export_Bad_FrameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Each frame must last from ${i?.min} to ${i?.max} ms.`)
};

const ru_export_bad_frame = /** @type {(inputs: Export_Bad_FrameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Кадр должен длиться от ${i?.min} до ${i?.max} мс.`)
};

const kk_export_bad_frame = /** @type {(inputs: Export_Bad_FrameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Әр кадр ${i?.min} мен ${i?.max} мс аралығында болуы керек.`)
};

/**
* | output |
* | --- |
* | "Each frame must last from {min} to {max} ms." |
*
* @param {Export_Bad_FrameInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_bad_frame = /** @type {((inputs: Export_Bad_FrameInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_Bad_FrameInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_bad_frame(inputs)
	if (locale === "kk") return kk_export_bad_frame(inputs)
	return en_export_bad_frame(inputs)
});