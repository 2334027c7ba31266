/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown>, total: NonNullable<unknown> }} Tl_Tour_StopInputs */

const en_tl_tour_stop = /** @type {(inputs: Tl_Tour_StopInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tour stop ${i?.n} of ${i?.total} ·`)
};

const ru_tl_tour_stop = /** @type {(inputs: Tl_Tour_StopInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Остановка ${i?.n} из ${i?.total} ·`)
};

const kk_tl_tour_stop = /** @type {(inputs: Tl_Tour_StopInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.total} аялдаманың ${i?.n}-сі ·`)
};

/**
* | output |
* | --- |
* | "Tour stop {n} of {total} ·" |
*
* @param {Tl_Tour_StopInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const tl_tour_stop = /** @type {((inputs: Tl_Tour_StopInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tl_Tour_StopInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_tl_tour_stop(inputs)
	if (locale === "kk") return kk_tl_tour_stop(inputs)
	return en_tl_tour_stop(inputs)
});