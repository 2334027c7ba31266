/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_RedInputs */

const en_legend_red = /** @type {(inputs: Legend_RedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`"Red" terrorist threat level`)
};

const ru_legend_red = /** @type {(inputs: Legend_RedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`«Красный» уровень террористической опасности`)
};

const kk_legend_red = /** @type {(inputs: Legend_RedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Терроризм қаупінің «қызыл» деңгейі`)
};

/**
* | output |
* | --- |
* | "\"Red\" terrorist threat level" |
*
* @param {Legend_RedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const legend_red = /** @type {((inputs?: Legend_RedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_RedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_legend_red(inputs)
	if (locale === "kk") return kk_legend_red(inputs)
	return en_legend_red(inputs)
});