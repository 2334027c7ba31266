/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tl_SpeedInputs */

const en_tl_speed = /** @type {(inputs: Tl_SpeedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Playback speed`)
};

const ru_tl_speed = /** @type {(inputs: Tl_SpeedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Скорость воспроизведения`)
};

const kk_tl_speed = /** @type {(inputs: Tl_SpeedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ойнату жылдамдығы`)
};

/**
* | output |
* | --- |
* | "Playback speed" |
*
* @param {Tl_SpeedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const tl_speed = /** @type {((inputs?: Tl_SpeedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tl_SpeedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_tl_speed(inputs)
	if (locale === "kk") return kk_tl_speed(inputs)
	return en_tl_speed(inputs)
});