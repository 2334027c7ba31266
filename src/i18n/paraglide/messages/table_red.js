/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Table_RedInputs */

const en_table_red = /** @type {(inputs: Table_RedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`"Red"`)
};

const ru_table_red = /** @type {(inputs: Table_RedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`«Красный»`)
};

const kk_table_red = /** @type {(inputs: Table_RedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`«Қызыл»`)
};

/**
* | output |
* | --- |
* | "\"Red\"" |
*
* @param {Table_RedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const table_red = /** @type {((inputs?: Table_RedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Table_RedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_table_red(inputs)
	if (locale === "kk") return kk_table_red(inputs)
	return en_table_red(inputs)
});