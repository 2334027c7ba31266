/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ day: NonNullable<unknown>, what: NonNullable<unknown> }} No_Record_AfterInputs */

const en_no_record_after = /** @type {(inputs: No_Record_AfterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`no record after ${i?.day} for ${i?.what}`)
};

const ru_no_record_after = /** @type {(inputs: No_Record_AfterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`нет записей после ${i?.day}: ${i?.what}`)
};

const kk_no_record_after = /** @type {(inputs: No_Record_AfterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what}: соңғы жазба — ${i?.day}`)
};

/**
* | output |
* | --- |
* | "no record after {day} for {what}" |
*
* @param {No_Record_AfterInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const no_record_after = /** @type {((inputs: No_Record_AfterInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<No_Record_AfterInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_no_record_after(inputs)
	if (locale === "kk") return kk_no_record_after(inputs)
	return en_no_record_after(inputs)
});