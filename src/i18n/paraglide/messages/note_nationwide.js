/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Note_NationwideInputs */

const en_note_nationwide = /** @type {(inputs: Note_NationwideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This concerns the whole country: all 17 regions are outlined.`)
};

const ru_note_nationwide = /** @type {(inputs: Note_NationwideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Это касается всей страны: обведены все 17 регионов.`)
};

const kk_note_nationwide = /** @type {(inputs: Note_NationwideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бұл бүкіл елге қатысты: барлық 17 өңір белгіленген.`)
};

/**
* | output |
* | --- |
* | "This concerns the whole country: all 17 regions are outlined." |
*
* @param {Note_NationwideInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const note_nationwide = /** @type {((inputs?: Note_NationwideInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Note_NationwideInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_note_nationwide(inputs)
	if (locale === "kk") return kk_note_nationwide(inputs)
	return en_note_nationwide(inputs)
});