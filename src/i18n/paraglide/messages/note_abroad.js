/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ places: NonNullable<unknown> }} Note_AbroadInputs */

const en_note_abroad = /** @type {(inputs: Note_AbroadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Outside the map's regions: ${i?.places}; the places in Kazakhstan are lit.`)
};

const ru_note_abroad = /** @type {(inputs: Note_AbroadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`За пределами регионов карты: ${i?.places}; места в Казахстане подсвечены.`)
};

const kk_note_abroad = /** @type {(inputs: Note_AbroadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Карта өңірлерінен тыс: ${i?.places}; Қазақстандағы орындар белгіленген.`)
};

/**
* | output |
* | --- |
* | "Outside the map's regions: {places}; the places in Kazakhstan are lit." |
*
* @param {Note_AbroadInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const note_abroad = /** @type {((inputs: Note_AbroadInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Note_AbroadInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_note_abroad(inputs)
	if (locale === "kk") return kk_note_abroad(inputs)
	return en_note_abroad(inputs)
});