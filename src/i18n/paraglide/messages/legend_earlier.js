/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_EarlierInputs */

const en_legend_earlier = /** @type {(inputs: Legend_EarlierInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Earlier (fades over a week)`)
};

const ru_legend_earlier = /** @type {(inputs: Legend_EarlierInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ранее (бледнеет за неделю)`)
};

const kk_legend_earlier = /** @type {(inputs: Legend_EarlierInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бұрын (бір аптада солады)`)
};

/**
* | output |
* | --- |
* | "Earlier (fades over a week)" |
*
* @param {Legend_EarlierInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const legend_earlier = /** @type {((inputs?: Legend_EarlierInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_EarlierInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_legend_earlier(inputs)
	if (locale === "kk") return kk_legend_earlier(inputs)
	return en_legend_earlier(inputs)
});