/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sum_No_ProtestsInputs */

const en_sum_no_protests = /** @type {(inputs: Sum_No_ProtestsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No protests reported.`)
};

const ru_sum_no_protests = /** @type {(inputs: Sum_No_ProtestsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`О протестах не сообщалось.`)
};

const kk_sum_no_protests = /** @type {(inputs: Sum_No_ProtestsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Наразылықтар туралы хабарланбаған.`)
};

/**
* | output |
* | --- |
* | "No protests reported." |
*
* @param {Sum_No_ProtestsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const sum_no_protests = /** @type {((inputs?: Sum_No_ProtestsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sum_No_ProtestsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_sum_no_protests(inputs)
	if (locale === "kk") return kk_sum_no_protests(inputs)
	return en_sum_no_protests(inputs)
});