/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_ProtestInputs */

const en_legend_protest = /** @type {(inputs: Legend_ProtestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Protests in the region`)
};

const ru_legend_protest = /** @type {(inputs: Legend_ProtestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Протесты в регионе`)
};

const kk_legend_protest = /** @type {(inputs: Legend_ProtestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Өңірдегі наразылықтар`)
};

/**
* | output |
* | --- |
* | "Protests in the region" |
*
* @param {Legend_ProtestInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const legend_protest = /** @type {((inputs?: Legend_ProtestInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_ProtestInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_legend_protest(inputs)
	if (locale === "kk") return kk_legend_protest(inputs)
	return en_legend_protest(inputs)
});