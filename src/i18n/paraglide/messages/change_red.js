/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ where: NonNullable<unknown> }} Change_RedInputs */

const en_change_red = /** @type {(inputs: Change_RedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"Red" threat level in ${i?.where}`)
};

const ru_change_red = /** @type {(inputs: Change_RedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«Красный» уровень опасности: ${i?.where}`)
};

const kk_change_red = /** @type {(inputs: Change_RedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«Қызыл» қауіп деңгейі: ${i?.where}`)
};

/**
* | output |
* | --- |
* | "\"Red\" threat level in {where}" |
*
* @param {Change_RedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const change_red = /** @type {((inputs: Change_RedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Change_RedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_change_red(inputs)
	if (locale === "kk") return kk_change_red(inputs)
	return en_change_red(inputs)
});