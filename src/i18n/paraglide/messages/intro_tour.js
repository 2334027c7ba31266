/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ stops: NonNullable<unknown> }} Intro_TourInputs */

const en_intro_tour = /** @type {(inputs: Intro_TourInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Take the tour (${i?.stops} stops)`)
};

const ru_intro_tour = /** @type {(inputs: Intro_TourInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Пройти тур (остановок: ${i?.stops})`)
};

const kk_intro_tour = /** @type {(inputs: Intro_TourInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Турды бастау (${i?.stops} аялдама)`)
};

/**
* | output |
* | --- |
* | "Take the tour ({stops} stops)" |
*
* @param {Intro_TourInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const intro_tour = /** @type {((inputs: Intro_TourInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Intro_TourInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_intro_tour(inputs)
	if (locale === "kk") return kk_intro_tour(inputs)
	return en_intro_tour(inputs)
});