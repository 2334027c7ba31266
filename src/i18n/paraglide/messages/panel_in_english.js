/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Panel_In_EnglishInputs */

const en_panel_in_english = /** @type {(inputs: Panel_In_EnglishInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Summaries, reasoning and quotes are in English; quotes as published.`)
};

const ru_panel_in_english = /** @type {(inputs: Panel_In_EnglishInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Описания, обоснования и цитаты — на английском; цитаты — как в статьях.`)
};

const kk_panel_in_english = /** @type {(inputs: Panel_In_EnglishInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сипаттамалар, негіздемелер мен дәйексөздер ағылшын тілінде; дәйексөздер мақалалардағыдай.`)
};

/**
* | output |
* | --- |
* | "Summaries, reasoning and quotes are in English; quotes as published." |
*
* @param {Panel_In_EnglishInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const panel_in_english = /** @type {((inputs?: Panel_In_EnglishInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Panel_In_EnglishInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_panel_in_english(inputs)
	if (locale === "kk") return kk_panel_in_english(inputs)
	return en_panel_in_english(inputs)
});