/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_Emergency_BorderInputs */

const en_legend_emergency_border = /** @type {(inputs: Legend_Emergency_BorderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`State of emergency beside a threat level (dashed: inferred)`)
};

const ru_legend_emergency_border = /** @type {(inputs: Legend_Emergency_BorderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Чрезвычайное положение при уровне опасности (пунктир: вывод)`)
};

const kk_legend_emergency_border = /** @type {(inputs: Legend_Emergency_BorderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қауіп деңгейімен қатар төтенше жағдай (үзік сызық: тұжырым)`)
};

/**
* | output |
* | --- |
* | "State of emergency beside a threat level (dashed: inferred)" |
*
* @param {Legend_Emergency_BorderInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const legend_emergency_border = /** @type {((inputs?: Legend_Emergency_BorderInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_Emergency_BorderInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_legend_emergency_border(inputs)
	if (locale === "kk") return kk_legend_emergency_border(inputs)
	return en_legend_emergency_border(inputs)
});