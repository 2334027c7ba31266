/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Live_Tour_StopInputs */

const en_live_tour_stop = /** @type {(inputs: Live_Tour_StopInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tour stop ${i?.n}:`)
};

const ru_live_tour_stop = /** @type {(inputs: Live_Tour_StopInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Остановка тура ${i?.n}:`)
};

const kk_live_tour_stop = /** @type {(inputs: Live_Tour_StopInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Тур аялдамасы ${i?.n}:`)
};

/**
* | output |
* | --- |
* | "Tour stop {n}:" |
*
* @param {Live_Tour_StopInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const live_tour_stop = /** @type {((inputs: Live_Tour_StopInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Live_Tour_StopInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_live_tour_stop(inputs)
	if (locale === "kk") return kk_live_tour_stop(inputs)
	return en_live_tour_stop(inputs)
});