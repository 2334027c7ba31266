/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Drafts_HideInputs */

const en_drafts_hide = /** @type {(inputs: Drafts_HideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hide drafts`)
};

const ru_drafts_hide = /** @type {(inputs: Drafts_HideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Скрыть черновики`)
};

const kk_drafts_hide = /** @type {(inputs: Drafts_HideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жобаларды жасыру`)
};

/**
* | output |
* | --- |
* | "Hide drafts" |
*
* @param {Drafts_HideInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const drafts_hide = /** @type {((inputs?: Drafts_HideInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Drafts_HideInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_drafts_hide(inputs)
	if (locale === "kk") return kk_drafts_hide(inputs)
	return en_drafts_hide(inputs)
});