/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown>, total: NonNullable<unknown>, day: NonNullable<unknown> }} Tour_WhereInputs */

const en_tour_where = /** @type {(inputs: Tour_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Guided tour · stop ${i?.n} of ${i?.total} · ${i?.day}`)
};

const ru_tour_where = /** @type {(inputs: Tour_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Тур · остановка ${i?.n} из ${i?.total} · ${i?.day}`)
};

const kk_tour_where = /** @type {(inputs: Tour_WhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Тур · ${i?.total} аялдаманың ${i?.n}-сі · ${i?.day}`)
};

/**
* | output |
* | --- |
* | "Guided tour · stop {n} of {total} · {day}" |
*
* @param {Tour_WhereInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const tour_where = /** @type {((inputs: Tour_WhereInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tour_WhereInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_tour_where(inputs)
	if (locale === "kk") return kk_tour_where(inputs)
	return en_tour_where(inputs)
});