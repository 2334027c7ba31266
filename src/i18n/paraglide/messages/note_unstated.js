/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Note_UnstatedInputs */

const en_note_unstated = /** @type {(inputs: Note_UnstatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The articles do not say where this happened, so nothing on the map is lit.`)
};

const ru_note_unstated = /** @type {(inputs: Note_UnstatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Статьи не говорят, где это произошло, поэтому на карте ничего не подсвечено.`)
};

const kk_note_unstated = /** @type {(inputs: Note_UnstatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мақалалар бұл қай жерде болғанын айтпайды, сондықтан картада ештеңе белгіленбеген.`)
};

/**
* | output |
* | --- |
* | "The articles do not say where this happened, so nothing on the map is lit." |
*
* @param {Note_UnstatedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const note_unstated = /** @type {((inputs?: Note_UnstatedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Note_UnstatedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_note_unstated(inputs)
	if (locale === "kk") return kk_note_unstated(inputs)
	return en_note_unstated(inputs)
});