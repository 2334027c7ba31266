/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_GifInputs */

const en_export_gif = /** @type {(inputs: Export_GifInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`GIF animation`)
};

const ru_export_gif = /** @type {(inputs: Export_GifInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Анимация GIF`)
};

const kk_export_gif = /** @type {(inputs: Export_GifInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`GIF анимациясы`)
};

/**
* | output |
* | --- |
* | "GIF animation" |
*
* @param {Export_GifInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_gif = /** @type {((inputs?: Export_GifInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_GifInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_gif(inputs)
	if (locale === "kk") return kk_export_gif(inputs)
	return en_export_gif(inputs)
});