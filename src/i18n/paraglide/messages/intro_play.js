/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ days: NonNullable<unknown> }} Intro_PlayInputs */

const en_intro_play = /** @type {(inputs: Intro_PlayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`▶ Play the ${i?.days} days`)
};

const ru_intro_play = /** @type {(inputs: Intro_PlayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`▶ Показать ${i?.days} дня`)
};

const kk_intro_play = /** @type {(inputs: Intro_PlayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`▶ ${i?.days} күнді көрсету`)
};

/**
* | output |
* | --- |
* | "▶ Play the {days} days" |
*
* @param {Intro_PlayInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const intro_play = /** @type {((inputs: Intro_PlayInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Intro_PlayInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_intro_play(inputs)
	if (locale === "kk") return kk_intro_play(inputs)
	return en_intro_play(inputs)
});