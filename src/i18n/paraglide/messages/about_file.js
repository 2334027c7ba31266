/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} About_FileInputs */

const en_about_file = /** @type {(inputs: About_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`file`)
};

const ru_about_file = /** @type {(inputs: About_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`файл`)
};

const kk_about_file = /** @type {(inputs: About_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`файл`)
};

/**
* | output |
* | --- |
* | "file" |
*
* @param {About_FileInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const about_file = /** @type {((inputs?: About_FileInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<About_FileInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_about_file(inputs)
	if (locale === "kk") return kk_about_file(inputs)
	return en_about_file(inputs)
});