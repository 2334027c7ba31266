/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ day: NonNullable<unknown> }} Credit_On_Or_AfterInputs */

const en_credit_on_or_after = /** @type {(inputs: Credit_On_Or_AfterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`on or after ${i?.day}`)
};

const ru_credit_on_or_after = /** @type {(inputs: Credit_On_Or_AfterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`не ранее ${i?.day}`)
};

const kk_credit_on_or_after = /** @type {(inputs: Credit_On_Or_AfterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.day} немесе одан кейін`)
};

/**
* | output |
* | --- |
* | "on or after {day}" |
*
* @param {Credit_On_Or_AfterInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const credit_on_or_after = /** @type {((inputs: Credit_On_Or_AfterInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Credit_On_Or_AfterInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_credit_on_or_after(inputs)
	if (locale === "kk") return kk_credit_on_or_after(inputs)
	return en_credit_on_or_after(inputs)
});