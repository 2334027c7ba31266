/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tag_NewInputs */

const en_tag_new = /** @type {(inputs: Tag_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`new`)
};

const ru_tag_new = /** @type {(inputs: Tag_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`новое`)
};

const kk_tag_new = /** @type {(inputs: Tag_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`жаңа`)
};

/**
* | output |
* | --- |
* | "new" |
*
* @param {Tag_NewInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const tag_new = /** @type {((inputs?: Tag_NewInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tag_NewInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_tag_new(inputs)
	if (locale === "kk") return kk_tag_new(inputs)
	return en_tag_new(inputs)
});