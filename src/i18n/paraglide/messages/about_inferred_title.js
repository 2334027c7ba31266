/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} About_Inferred_TitleInputs */

const en_about_inferred_title = /** @type {(inputs: About_Inferred_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reported and inferred`)
};

const ru_about_inferred_title = /** @type {(inputs: About_Inferred_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сообщено и выведено`)
};

const kk_about_inferred_title = /** @type {(inputs: About_Inferred_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Хабарланған және тұжырымдалған`)
};

/**
* | output |
* | --- |
* | "Reported and inferred" |
*
* @param {About_Inferred_TitleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const about_inferred_title = /** @type {((inputs?: About_Inferred_TitleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<About_Inferred_TitleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_about_inferred_title(inputs)
	if (locale === "kk") return kk_about_inferred_title(inputs)
	return en_about_inferred_title(inputs)
});