/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Embed_FromInputs */

const en_embed_from = /** @type {(inputs: Embed_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, from five news articles`)
};

const ru_embed_from = /** @type {(inputs: Embed_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, по пяти новостным статьям`)
};

const kk_embed_from = /** @type {(inputs: Embed_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, бес жаңалық мақаласы бойынша`)
};

/**
* | output |
* | --- |
* | ", from five news articles" |
*
* @param {Embed_FromInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const embed_from = /** @type {((inputs?: Embed_FromInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_FromInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_embed_from(inputs)
	if (locale === "kk") return kk_embed_from(inputs)
	return en_embed_from(inputs)
});