/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Snap_InferenceInputs */

const en_snap_inference = /** @type {(inputs: Snap_InferenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inferred, not reported for this day: pale regions, dashed borders, hollow points`)
};

const ru_snap_inference = /** @type {(inputs: Snap_InferenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вывод, а не сообщение за этот день: бледные регионы, пунктирные границы, полые кружки`)
};

const kk_snap_inference = /** @type {(inputs: Snap_InferenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сол күнге хабарланбаған, тұжырым: бозғылт өңірлер, үзік шекаралар, қуыс шеңберлер`)
};

/**
* | output |
* | --- |
* | "Inferred, not reported for this day: pale regions, dashed borders, hollow points" |
*
* @param {Snap_InferenceInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const snap_inference = /** @type {((inputs?: Snap_InferenceInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Snap_InferenceInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_snap_inference(inputs)
	if (locale === "kk") return kk_snap_inference(inputs)
	return en_snap_inference(inputs)
});