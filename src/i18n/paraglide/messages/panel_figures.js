/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Panel_FiguresInputs */

const en_panel_figures = /** @type {(inputs: Panel_FiguresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Figures known by this day`)
};

const ru_panel_figures = /** @type {(inputs: Panel_FiguresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Цифры, известные к этому дню`)
};

const kk_panel_figures = /** @type {(inputs: Panel_FiguresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Осы күнге белгілі сандар`)
};

/**
* | output |
* | --- |
* | "Figures known by this day" |
*
* @param {Panel_FiguresInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const panel_figures = /** @type {((inputs?: Panel_FiguresInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Panel_FiguresInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_panel_figures(inputs)
	if (locale === "kk") return kk_panel_figures(inputs)
	return en_panel_figures(inputs)
});