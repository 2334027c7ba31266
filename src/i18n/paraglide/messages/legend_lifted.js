/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_LiftedInputs */

const en_legend_lifted = /** @type {(inputs: Legend_LiftedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`"Red" level lifted`)
};

const ru_legend_lifted = /** @type {(inputs: Legend_LiftedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`«Красный» уровень снят`)
};

const kk_legend_lifted = /** @type {(inputs: Legend_LiftedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`«Қызыл» деңгей алынды`)
};

/**
* | output |
* | --- |
* | "\"Red\" level lifted" |
*
* @param {Legend_LiftedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const legend_lifted = /** @type {((inputs?: Legend_LiftedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_LiftedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_legend_lifted(inputs)
	if (locale === "kk") return kk_legend_lifted(inputs)
	return en_legend_lifted(inputs)
});