/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Figures_Col_FigureInputs */

const en_figures_col_figure = /** @type {(inputs: Figures_Col_FigureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Figure`)
};

const ru_figures_col_figure = /** @type {(inputs: Figures_Col_FigureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Показатель`)
};

const kk_figures_col_figure = /** @type {(inputs: Figures_Col_FigureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Көрсеткіш`)
};

/**
* | output |
* | --- |
* | "Figure" |
*
* @param {Figures_Col_FigureInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const figures_col_figure = /** @type {((inputs?: Figures_Col_FigureInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Figures_Col_FigureInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_figures_col_figure(inputs)
	if (locale === "kk") return kk_figures_col_figure(inputs)
	return en_figures_col_figure(inputs)
});