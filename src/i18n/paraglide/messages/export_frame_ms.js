/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_Frame_MsInputs */

const en_export_frame_ms = /** @type {(inputs: Export_Frame_MsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Each day shows for (ms)`)
};

const ru_export_frame_ms = /** @type {(inputs: Export_Frame_MsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Длительность дня (мс)`)
};

const kk_export_frame_ms = /** @type {(inputs: Export_Frame_MsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Әр күннің ұзақтығы (мс)`)
};

/**
* | output |
* | --- |
* | "Each day shows for (ms)" |
*
* @param {Export_Frame_MsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_frame_ms = /** @type {((inputs?: Export_Frame_MsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_Frame_MsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_frame_ms(inputs)
	if (locale === "kk") return kk_export_frame_ms(inputs)
	return en_export_frame_ms(inputs)
});