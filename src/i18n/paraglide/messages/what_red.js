/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} What_RedInputs */

const en_what_red = /** @type {(inputs: What_RedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`"Red" threat level`)
};

const ru_what_red = /** @type {(inputs: What_RedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`«Красный» уровень опасности`)
};

const kk_what_red = /** @type {(inputs: What_RedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`«Қызыл» қауіп деңгейі`)
};

/**
* | output |
* | --- |
* | "\"Red\" threat level" |
*
* @param {What_RedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const what_red = /** @type {((inputs?: What_RedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<What_RedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_what_red(inputs)
	if (locale === "kk") return kk_what_red(inputs)
	return en_what_red(inputs)
});