/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_CstoInputs */

const en_legend_csto = /** @type {(inputs: Legend_CstoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`CSTO contingents (from each capital)`)
};

const ru_legend_csto = /** @type {(inputs: Legend_CstoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Контингенты ОДКБ (из каждой столицы)`)
};

const kk_legend_csto = /** @type {(inputs: Legend_CstoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ҰҚШҰ контингенттері (әр астанадан)`)
};

/**
* | output |
* | --- |
* | "CSTO contingents (from each capital)" |
*
* @param {Legend_CstoInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const legend_csto = /** @type {((inputs?: Legend_CstoInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_CstoInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_legend_csto(inputs)
	if (locale === "kk") return kk_legend_csto(inputs)
	return en_legend_csto(inputs)
});