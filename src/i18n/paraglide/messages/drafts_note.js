/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Drafts_NoteInputs */

const en_drafts_note = /** @type {(inputs: Drafts_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Drawn by npm run draft from new articles: each quotes its sentence, but no editor has checked it yet.`)
};

const ru_drafts_note = /** @type {(inputs: Drafts_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Созданы командой npm run draft из новых статей: каждый цитирует своё предложение, но редактор их ещё не проверил.`)
};

const kk_drafts_note = /** @type {(inputs: Drafts_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жаңа мақалалардан npm run draft командасымен жасалған: әрқайсысы өз сөйлемін келтіреді, бірақ редактор әлі тексермеген.`)
};

/**
* | output |
* | --- |
* | "Drawn by npm run draft from new articles: each quotes its sentence, but no editor has checked it yet." |
*
* @param {Drafts_NoteInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const drafts_note = /** @type {((inputs?: Drafts_NoteInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Drafts_NoteInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_drafts_note(inputs)
	if (locale === "kk") return kk_drafts_note(inputs)
	return en_drafts_note(inputs)
});