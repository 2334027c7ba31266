/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ headline: NonNullable<unknown> }} Live_New_SinceInputs */

const en_live_new_since = /** @type {(inputs: Live_New_SinceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`New since the day before: ${i?.headline}.`)
};

const ru_live_new_since = /** @type {(inputs: Live_New_SinceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Нового с предыдущего дня: ${i?.headline}.`)
};

const kk_live_new_since = /** @type {(inputs: Live_New_SinceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Алдыңғы күннен бергі жаңасы: ${i?.headline}.`)
};

/**
* | output |
* | --- |
* | "New since the day before: {headline}." |
*
* @param {Live_New_SinceInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const live_new_since = /** @type {((inputs: Live_New_SinceInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Live_New_SinceInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_live_new_since(inputs)
	if (locale === "kk") return kk_live_new_since(inputs)
	return en_live_new_since(inputs)
});