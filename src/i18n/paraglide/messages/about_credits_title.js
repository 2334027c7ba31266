/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} About_Credits_TitleInputs */

const en_about_credits_title = /** @type {(inputs: About_Credits_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Data and credits`)
};

const ru_about_credits_title = /** @type {(inputs: About_Credits_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Данные и авторы`)
};

const kk_about_credits_title = /** @type {(inputs: About_Credits_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Деректер және авторлар`)
};

/**
* | output |
* | --- |
* | "Data and credits" |
*
* @param {About_Credits_TitleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const about_credits_title = /** @type {((inputs?: About_Credits_TitleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<About_Credits_TitleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_about_credits_title(inputs)
	if (locale === "kk") return kk_about_credits_title(inputs)
	return en_about_credits_title(inputs)
});