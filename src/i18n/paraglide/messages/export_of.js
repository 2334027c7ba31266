/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ done: NonNullable<unknown>, total: NonNullable<unknown> }} Export_OfInputs */

const en_export_of = /** @type {(inputs: Export_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done} of ${i?.total}`)
};

const ru_export_of = /** @type {(inputs: Export_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done} из ${i?.total}`)
};

const kk_export_of = /** @type {(inputs: Export_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.total} ішінен ${i?.done}`)
};

/**
* | output |
* | --- |
* | "{done} of {total}" |
*
* @param {Export_OfInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_of = /** @type {((inputs: Export_OfInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_OfInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_of(inputs)
	if (locale === "kk") return kk_export_of(inputs)
	return en_export_of(inputs)
});