/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Details_Col_DayInputs */

const en_details_col_day = /** @type {(inputs: Details_Col_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Day`)
};

const ru_details_col_day = /** @type {(inputs: Details_Col_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`День`)
};

const kk_details_col_day = /** @type {(inputs: Details_Col_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Күн`)
};

/**
* | output |
* | --- |
* | "Day" |
*
* @param {Details_Col_DayInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const details_col_day = /** @type {((inputs?: Details_Col_DayInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Details_Col_DayInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_details_col_day(inputs)
	if (locale === "kk") return kk_details_col_day(inputs)
	return en_details_col_day(inputs)
});