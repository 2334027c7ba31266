/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tl_PlayInputs */

const en_tl_play = /** @type {(inputs: Tl_PlayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play`)
};

const ru_tl_play = /** @type {(inputs: Tl_PlayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пуск`)
};

const kk_tl_play = /** @type {(inputs: Tl_PlayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ойнату`)
};

/**
* | output |
* | --- |
* | "Play" |
*
* @param {Tl_PlayInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const tl_play = /** @type {((inputs?: Tl_PlayInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tl_PlayInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_tl_play(inputs)
	if (locale === "kk") return kk_tl_play(inputs)
	return en_tl_play(inputs)
});