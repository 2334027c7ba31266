/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_No_VideoInputs */

const en_export_no_video = /** @type {(inputs: Export_No_VideoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This browser cannot encode video; export a GIF instead.`)
};

const ru_export_no_video = /** @type {(inputs: Export_No_VideoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Этот браузер не умеет кодировать видео; экспортируйте GIF.`)
};

const kk_export_no_video = /** @type {(inputs: Export_No_VideoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бұл браузер бейнені кодтай алмайды; орнына GIF экспорттаңыз.`)
};

/**
* | output |
* | --- |
* | "This browser cannot encode video; export a GIF instead." |
*
* @param {Export_No_VideoInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_no_video = /** @type {((inputs?: Export_No_VideoInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_No_VideoInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_no_video(inputs)
	if (locale === "kk") return kk_export_no_video(inputs)
	return en_export_no_video(inputs)
});