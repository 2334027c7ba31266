/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_NoteInputs */

const en_export_note = /** @type {(inputs: Export_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every image carries the title, the date, the legend, the credits and a note where statuses are inferred.`)
};

const ru_export_note = /** @type {(inputs: Export_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`На каждом изображении — заголовок, дата, легенда, авторы и пометка там, где статусы выведены.`)
};

const kk_export_note = /** @type {(inputs: Export_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Әр суретте тақырып, күн, шартты белгілер, авторлар және мәртебелер тұжырымдалған жерде ескерту бар.`)
};

/**
* | output |
* | --- |
* | "Every image carries the title, the date, the legend, the credits and a note where statuses are inferred." |
*
* @param {Export_NoteInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_note = /** @type {((inputs?: Export_NoteInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_NoteInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_note(inputs)
	if (locale === "kk") return kk_export_note(inputs)
	return en_export_note(inputs)
});