/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_SpreadInputs */

const en_legend_spread = /** @type {(inputs: Legend_SpreadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spread from Zhanaozen and Aktau (fades with time)`)
};

const ru_legend_spread = /** @type {(inputs: Legend_SpreadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Распространение из Жанаозена и Актау (бледнеет со временем)`)
};

const kk_legend_spread = /** @type {(inputs: Legend_SpreadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жанаөзен мен Ақтаудан таралу (уақыт өте солады)`)
};

/**
* | output |
* | --- |
* | "Spread from Zhanaozen and Aktau (fades with time)" |
*
* @param {Legend_SpreadInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const legend_spread = /** @type {((inputs?: Legend_SpreadInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_SpreadInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_legend_spread(inputs)
	if (locale === "kk") return kk_legend_spread(inputs)
	return en_legend_spread(inputs)
});