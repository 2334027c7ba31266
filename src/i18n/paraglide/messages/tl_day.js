/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tl_DayInputs */

const en_tl_day = /** @type {(inputs: Tl_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Day`)
};

const ru_tl_day = /** @type {(inputs: Tl_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`День`)
};

const kk_tl_day = /** @type {(inputs: Tl_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Күн`)
};

/**
* | output |
* | --- |
* | "Day" |
*
* @param {Tl_DayInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const tl_day = /** @type {((inputs?: Tl_DayInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tl_DayInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_tl_day(inputs)
	if (locale === "kk") return kk_tl_day(inputs)
	return en_tl_day(inputs)
});