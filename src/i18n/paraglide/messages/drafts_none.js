/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Drafts_NoneInputs */

const en_drafts_none = /** @type {(inputs: Drafts_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This atlas has no drafts: npm run draft writes them.`)
};

const ru_drafts_none = /** @type {(inputs: Drafts_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`В этом атласе нет черновиков: их создаёт npm run draft.`)
};

const kk_drafts_none = /** @type {(inputs: Drafts_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бұл атласта жоба жоқ: оларды npm run draft жасайды.`)
};

/**
* | output |
* | --- |
* | "This atlas has no drafts: npm run draft writes them." |
*
* @param {Drafts_NoneInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const drafts_none = /** @type {((inputs?: Drafts_NoneInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Drafts_NoneInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_drafts_none(inputs)
	if (locale === "kk") return kk_drafts_none(inputs)
	return en_drafts_none(inputs)
});