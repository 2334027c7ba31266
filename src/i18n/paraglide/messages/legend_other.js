/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_OtherInputs */

const en_legend_other = /** @type {(inputs: Legend_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Other events`)
};

const ru_legend_other = /** @type {(inputs: Legend_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Другие события`)
};

const kk_legend_other = /** @type {(inputs: Legend_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Басқа оқиғалар`)
};

/**
* | output |
* | --- |
* | "Other events" |
*
* @param {Legend_OtherInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const legend_other = /** @type {((inputs?: Legend_OtherInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_OtherInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_legend_other(inputs)
	if (locale === "kk") return kk_legend_other(inputs)
	return en_legend_other(inputs)
});