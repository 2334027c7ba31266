/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tl_Previous_DayInputs */

const en_tl_previous_day = /** @type {(inputs: Tl_Previous_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Previous day`)
};

const ru_tl_previous_day = /** @type {(inputs: Tl_Previous_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Предыдущий день`)
};

const kk_tl_previous_day = /** @type {(inputs: Tl_Previous_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Алдыңғы күн`)
};

/**
* | output |
* | --- |
* | "Previous day" |
*
* @param {Tl_Previous_DayInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const tl_previous_day = /** @type {((inputs?: Tl_Previous_DayInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tl_Previous_DayInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_tl_previous_day(inputs)
	if (locale === "kk") return kk_tl_previous_day(inputs)
	return en_tl_previous_day(inputs)
});