/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ day: NonNullable<unknown> }} Not_Recorded_AfterInputs */

const en_not_recorded_after = /** @type {(inputs: Not_Recorded_AfterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`not recorded after ${i?.day}`)
};

const ru_not_recorded_after = /** @type {(inputs: Not_Recorded_AfterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`не отмечено после ${i?.day}`)
};

const kk_not_recorded_after = /** @type {(inputs: Not_Recorded_AfterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`соңғы жазба — ${i?.day}`)
};

/**
* | output |
* | --- |
* | "not recorded after {day}" |
*
* @param {Not_Recorded_AfterInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const not_recorded_after = /** @type {((inputs: Not_Recorded_AfterInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Not_Recorded_AfterInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_not_recorded_after(inputs)
	if (locale === "kk") return kk_not_recorded_after(inputs)
	return en_not_recorded_after(inputs)
});