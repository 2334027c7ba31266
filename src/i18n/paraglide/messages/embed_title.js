/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Embed_TitleInputs */

const en_embed_title = /** @type {(inputs: Embed_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kazakhstan, January 2022: an atlas of the unrest`)
};

const ru_embed_title = /** @type {(inputs: Embed_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Казахстан, январь 2022: атлас беспорядков`)
};

const kk_embed_title = /** @type {(inputs: Embed_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қазақстан, 2022 жылғы қаңтар: толқулар атласы`)
};

/**
* | output |
* | --- |
* | "Kazakhstan, January 2022: an atlas of the unrest" |
*
* @param {Embed_TitleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const embed_title = /** @type {((inputs?: Embed_TitleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_TitleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_embed_title(inputs)
	if (locale === "kk") return kk_embed_title(inputs)
	return en_embed_title(inputs)
});