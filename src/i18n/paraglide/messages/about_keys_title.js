/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} About_Keys_TitleInputs */

const en_about_keys_title = /** @type {(inputs: About_Keys_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keyboard`)
};

const ru_about_keys_title = /** @type {(inputs: About_Keys_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Клавиатура`)
};

const kk_about_keys_title = /** @type {(inputs: About_Keys_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пернетақта`)
};

/**
* | output |
* | --- |
* | "Keyboard" |
*
* @param {About_Keys_TitleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const about_keys_title = /** @type {((inputs?: About_Keys_TitleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<About_Keys_TitleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_about_keys_title(inputs)
	if (locale === "kk") return kk_about_keys_title(inputs)
	return en_about_keys_title(inputs)
});