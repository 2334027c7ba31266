/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} About_ArticlesInputs */

const en_about_articles = /** @type {(inputs: About_ArticlesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Each is credited by its outlet or, as none names one, by its title, and its date, the same way in the panels and in every export. Titles and quotes stay in English, as published.`)
};

const ru_about_articles = /** @type {(inputs: About_ArticlesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Каждая указана по изданию или, так как ни одна его не называет, по заголовку, и по дате — одинаково в панелях и во всех экспортах. Заголовки и цитаты — на английском, как опубликованы.`)
};

const kk_about_articles = /** @type {(inputs: About_ArticlesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Әрқайсысы басылымымен немесе, ешқайсысы оны атамағандықтан, тақырыбымен және күнімен көрсетіледі — панельдерде де, әр экспортта да бірдей. Тақырыптар мен дәйексөздер жарияланғандай ағылшын тілінде.`)
};

/**
* | output |
* | --- |
* | "Each is credited by its outlet or, as none names one, by its title, and its date, the same way in the panels and in every export. Titles and quotes stay in E..." |
*
* @param {About_ArticlesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const about_articles = /** @type {((inputs?: About_ArticlesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<About_ArticlesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_about_articles(inputs)
	if (locale === "kk") return kk_about_articles(inputs)
	return en_about_articles(inputs)
});