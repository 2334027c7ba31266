/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ list: NonNullable<unknown> }} Sum_ProtestsInputs */

const en_sum_protests = /** @type {(inputs: Sum_ProtestsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Protests in ${i?.list}.`)
};

const ru_sum_protests = /** @type {(inputs: Sum_ProtestsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Протесты: ${i?.list}.`)
};

const kk_sum_protests = /** @type {(inputs: Sum_ProtestsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Наразылықтар: ${i?.list}.`)
};

/**
* | output |
* | --- |
* | "Protests in {list}." |
*
* @param {Sum_ProtestsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const sum_protests = /** @type {((inputs: Sum_ProtestsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sum_ProtestsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_sum_protests(inputs)
	if (locale === "kk") return kk_sum_protests(inputs)
	return en_sum_protests(inputs)
});