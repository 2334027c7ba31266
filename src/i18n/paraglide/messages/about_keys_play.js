/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} About_Keys_PlayInputs */

const en_about_keys_play = /** @type {(inputs: About_Keys_PlayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`play or pause`)
};

const ru_about_keys_play = /** @type {(inputs: About_Keys_PlayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`пуск или пауза`)
};

const kk_about_keys_play = /** @type {(inputs: About_Keys_PlayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ойнату немесе кідірту`)
};

/**
* | output |
* | --- |
* | "play or pause" |
*
* @param {About_Keys_PlayInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const about_keys_play = /** @type {((inputs?: About_Keys_PlayInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<About_Keys_PlayInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_about_keys_play(inputs)
	if (locale === "kk") return kk_about_keys_play(inputs)
	return en_about_keys_play(inputs)
});