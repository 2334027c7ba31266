/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_RegionsInputs */

const en_legend_regions = /** @type {(inputs: Legend_RegionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Regions`)
};

const ru_legend_regions = /** @type {(inputs: Legend_RegionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Регионы`)
};

const kk_legend_regions = /** @type {(inputs: Legend_RegionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Өңірлер`)
};

/**
* | output |
* | --- |
* | "Regions" |
*
* @param {Legend_RegionsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const legend_regions = /** @type {((inputs?: Legend_RegionsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_RegionsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_legend_regions(inputs)
	if (locale === "kk") return kk_legend_regions(inputs)
	return en_legend_regions(inputs)
});