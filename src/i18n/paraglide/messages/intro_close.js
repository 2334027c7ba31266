/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Intro_CloseInputs */

const en_intro_close = /** @type {(inputs: Intro_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Close the introduction`)
};

const ru_intro_close = /** @type {(inputs: Intro_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Закрыть вступление`)
};

const kk_intro_close = /** @type {(inputs: Intro_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Кіріспені жабу`)
};

/**
* | output |
* | --- |
* | "Close the introduction" |
*
* @param {Intro_CloseInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const intro_close = /** @type {((inputs?: Intro_CloseInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Intro_CloseInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_intro_close(inputs)
	if (locale === "kk") return kk_intro_close(inputs)
	return en_intro_close(inputs)
});