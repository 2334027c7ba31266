/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} About_Articles_TitleInputs */

const en_about_articles_title = /** @type {(inputs: About_Articles_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The articles`)
};

const ru_about_articles_title = /** @type {(inputs: About_Articles_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Статьи`)
};

const kk_about_articles_title = /** @type {(inputs: About_Articles_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мақалалар`)
};

/**
* | output |
* | --- |
* | "The articles" |
*
* @param {About_Articles_TitleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const about_articles_title = /** @type {((inputs?: About_Articles_TitleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<About_Articles_TitleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_about_articles_title(inputs)
	if (locale === "kk") return kk_about_articles_title(inputs)
	return en_about_articles_title(inputs)
});