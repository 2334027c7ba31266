/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ seconds: NonNullable<unknown> }} Tl_Seconds_Per_DayInputs */

const en_tl_seconds_per_day = /** @type {(inputs: Tl_Seconds_Per_DayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.seconds} s per day`)
};

const ru_tl_seconds_per_day = /** @type {(inputs: Tl_Seconds_Per_DayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.seconds} с на день`)
};

const kk_tl_seconds_per_day = /** @type {(inputs: Tl_Seconds_Per_DayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`күніне ${i?.seconds} с`)
};

/**
* | output |
* | --- |
* | "{seconds} s per day" |
*
* @param {Tl_Seconds_Per_DayInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const tl_seconds_per_day = /** @type {((inputs: Tl_Seconds_Per_DayInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tl_Seconds_Per_DayInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_tl_seconds_per_day(inputs)
	if (locale === "kk") return kk_tl_seconds_per_day(inputs)
	return en_tl_seconds_per_day(inputs)
});