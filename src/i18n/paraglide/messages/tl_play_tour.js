/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tl_Play_TourInputs */

const en_tl_play_tour = /** @type {(inputs: Tl_Play_TourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play the tour`)
};

const ru_tl_play_tour = /** @type {(inputs: Tl_Play_TourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Запустить тур`)
};

const kk_tl_play_tour = /** @type {(inputs: Tl_Play_TourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Турды ойнату`)
};

/**
* | output |
* | --- |
* | "Play the tour" |
*
* @param {Tl_Play_TourInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const tl_play_tour = /** @type {((inputs?: Tl_Play_TourInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tl_Play_TourInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_tl_play_tour(inputs)
	if (locale === "kk") return kk_tl_play_tour(inputs)
	return en_tl_play_tour(inputs)
});