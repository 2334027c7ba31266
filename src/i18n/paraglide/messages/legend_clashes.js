/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_ClashesInputs */

const en_legend_clashes = /** @type {(inputs: Legend_ClashesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Clashes, attacks`)
};

const ru_legend_clashes = /** @type {(inputs: Legend_ClashesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Столкновения, нападения`)
};

const kk_legend_clashes = /** @type {(inputs: Legend_ClashesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қақтығыстар, шабуылдар`)
};

/**
* | output |
* | --- |
* | "Clashes, attacks" |
*
* @param {Legend_ClashesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const legend_clashes = /** @type {((inputs?: Legend_ClashesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_ClashesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_legend_clashes(inputs)
	if (locale === "kk") return kk_legend_clashes(inputs)
	return en_legend_clashes(inputs)
});