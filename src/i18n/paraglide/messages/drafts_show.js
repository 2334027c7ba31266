/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Drafts_ShowInputs */

const en_drafts_show = /** @type {(inputs: Drafts_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show drafts`)
};

const ru_drafts_show = /** @type {(inputs: Drafts_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Показать черновики`)
};

const kk_drafts_show = /** @type {(inputs: Drafts_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жобаларды көрсету`)
};

/**
* | output |
* | --- |
* | "Show drafts" |
*
* @param {Drafts_ShowInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const drafts_show = /** @type {((inputs?: Drafts_ShowInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Drafts_ShowInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_drafts_show(inputs)
	if (locale === "kk") return kk_drafts_show(inputs)
	return en_drafts_show(inputs)
});