/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Figures_Col_ValuesInputs */

const en_figures_col_values = /** @type {(inputs: Figures_Col_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`As reported (side by side where sources differ)`)
};

const ru_figures_col_values = /** @type {(inputs: Figures_Col_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Как сообщалось (рядом, где источники расходятся)`)
};

const kk_figures_col_values = /** @type {(inputs: Figures_Col_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Хабарланғандай (дереккөздер әртүрлі болса, қатар)`)
};

/**
* | output |
* | --- |
* | "As reported (side by side where sources differ)" |
*
* @param {Figures_Col_ValuesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const figures_col_values = /** @type {((inputs?: Figures_Col_ValuesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Figures_Col_ValuesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_figures_col_values(inputs)
	if (locale === "kk") return kk_figures_col_values(inputs)
	return en_figures_col_values(inputs)
});