/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Drafts_TitleInputs */

const en_drafts_title = /** @type {(inputs: Drafts_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Drafts, not yet checked`)
};

const ru_drafts_title = /** @type {(inputs: Drafts_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Черновики, ещё не проверены`)
};

const kk_drafts_title = /** @type {(inputs: Drafts_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жобалар, әлі тексерілмеген`)
};

/**
* | output |
* | --- |
* | "Drafts, not yet checked" |
*
* @param {Drafts_TitleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const drafts_title = /** @type {((inputs?: Drafts_TitleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Drafts_TitleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_drafts_title(inputs)
	if (locale === "kk") return kk_drafts_title(inputs)
	return en_drafts_title(inputs)
});