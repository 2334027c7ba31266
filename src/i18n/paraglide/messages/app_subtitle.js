/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} App_SubtitleInputs */

const en_app_subtitle = /** @type {(inputs: App_SubtitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`An atlas of the unrest, day by day, from five news articles`)
};

const ru_app_subtitle = /** @type {(inputs: App_SubtitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Атлас беспорядков, день за днём, по пяти новостным статьям`)
};

const kk_app_subtitle = /** @type {(inputs: App_SubtitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бес жаңалық мақаласы бойынша толқулардың күн сайынғы атласы`)
};

/**
* | output |
* | --- |
* | "An atlas of the unrest, day by day, from five news articles" |
*
* @param {App_SubtitleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const app_subtitle = /** @type {((inputs?: App_SubtitleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_SubtitleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_app_subtitle(inputs)
	if (locale === "kk") return kk_app_subtitle(inputs)
	return en_app_subtitle(inputs)
});