/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tl_Next_DayInputs */

const en_tl_next_day = /** @type {(inputs: Tl_Next_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Next day`)
};

const ru_tl_next_day = /** @type {(inputs: Tl_Next_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Следующий день`)
};

const kk_tl_next_day = /** @type {(inputs: Tl_Next_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Келесі күн`)
};

/**
* | output |
* | --- |
* | "Next day" |
*
* @param {Tl_Next_DayInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const tl_next_day = /** @type {((inputs?: Tl_Next_DayInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tl_Next_DayInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_tl_next_day(inputs)
	if (locale === "kk") return kk_tl_next_day(inputs)
	return en_tl_next_day(inputs)
});