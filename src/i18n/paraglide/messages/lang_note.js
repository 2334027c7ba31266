/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lang_NoteInputs */

const en_lang_note = /** @type {(inputs: Lang_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quotes from the articles stay in English, as published.`)
};

const ru_lang_note = /** @type {(inputs: Lang_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Цитаты из статей приводятся на английском, как в оригинале.`)
};

const kk_lang_note = /** @type {(inputs: Lang_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мақалалардан алынған дәйексөздер түпнұсқадағыдай ағылшын тілінде берілген.`)
};

/**
* | output |
* | --- |
* | "Quotes from the articles stay in English, as published." |
*
* @param {Lang_NoteInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const lang_note = /** @type {((inputs?: Lang_NoteInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lang_NoteInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_lang_note(inputs)
	if (locale === "kk") return kk_lang_note(inputs)
	return en_lang_note(inputs)
});