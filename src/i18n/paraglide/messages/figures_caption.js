/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Figures_CaptionInputs */

const en_figures_caption = /** @type {(inputs: Figures_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Figures known by this day, each with its source`)
};

const ru_figures_caption = /** @type {(inputs: Figures_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Цифры, известные к этому дню, у каждой — источник`)
};

const kk_figures_caption = /** @type {(inputs: Figures_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Осы күнге белгілі сандар, әрқайсысы дереккөзімен`)
};

/**
* | output |
* | --- |
* | "Figures known by this day, each with its source" |
*
* @param {Figures_CaptionInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const figures_caption = /** @type {((inputs?: Figures_CaptionInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Figures_CaptionInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_figures_caption(inputs)
	if (locale === "kk") return kk_figures_caption(inputs)
	return en_figures_caption(inputs)
});