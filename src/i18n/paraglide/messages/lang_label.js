/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lang_LabelInputs */

const en_lang_label = /** @type {(inputs: Lang_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Language`)
};

const ru_lang_label = /** @type {(inputs: Lang_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Язык`)
};

const kk_lang_label = /** @type {(inputs: Lang_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Тіл`)
};

/**
* | output |
* | --- |
* | "Language" |
*
* @param {Lang_LabelInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const lang_label = /** @type {((inputs?: Lang_LabelInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lang_LabelInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_lang_label(inputs)
	if (locale === "kk") return kk_lang_label(inputs)
	return en_lang_label(inputs)
});