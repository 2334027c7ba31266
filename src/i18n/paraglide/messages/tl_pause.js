/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tl_PauseInputs */

const en_tl_pause = /** @type {(inputs: Tl_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pause`)
};

const ru_tl_pause = /** @type {(inputs: Tl_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пауза`)
};

const kk_tl_pause = /** @type {(inputs: Tl_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Кідірту`)
};

/**
* | output |
* | --- |
* | "Pause" |
*
* @param {Tl_PauseInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const tl_pause = /** @type {((inputs?: Tl_PauseInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tl_PauseInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_tl_pause(inputs)
	if (locale === "kk") return kk_tl_pause(inputs)
	return en_tl_pause(inputs)
});