/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Credit_Date_InferredInputs */

const en_credit_date_inferred = /** @type {(inputs: Credit_Date_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(date inferred)`)
};

const ru_credit_date_inferred = /** @type {(inputs: Credit_Date_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(дата выведена)`)
};

const kk_credit_date_inferred = /** @type {(inputs: Credit_Date_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(күні тұжырымдалған)`)
};

/**
* | output |
* | --- |
* | "(date inferred)" |
*
* @param {Credit_Date_InferredInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const credit_date_inferred = /** @type {((inputs?: Credit_Date_InferredInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Credit_Date_InferredInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_credit_date_inferred(inputs)
	if (locale === "kk") return kk_credit_date_inferred(inputs)
	return en_credit_date_inferred(inputs)
});