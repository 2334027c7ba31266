/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Embed_OpenInputs */

const en_embed_open = /** @type {(inputs: Embed_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open the full atlas ↗`)
};

const ru_embed_open = /** @type {(inputs: Embed_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Открыть полный атлас ↗`)
};

const kk_embed_open = /** @type {(inputs: Embed_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Толық атласты ашу ↗`)
};

/**
* | output |
* | --- |
* | "Open the full atlas ↗" |
*
* @param {Embed_OpenInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const embed_open = /** @type {((inputs?: Embed_OpenInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_OpenInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_embed_open(inputs)
	if (locale === "kk") return kk_embed_open(inputs)
	return en_embed_open(inputs)
});