/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Table_YesInputs */

const en_table_yes = /** @type {(inputs: Table_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`yes`)
};

const ru_table_yes = /** @type {(inputs: Table_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`да`)
};

const kk_table_yes = /** @type {(inputs: Table_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`иә`)
};

/**
* | output |
* | --- |
* | "yes" |
*
* @param {Table_YesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const table_yes = /** @type {((inputs?: Table_YesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Table_YesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_table_yes(inputs)
	if (locale === "kk") return kk_table_yes(inputs)
	return en_table_yes(inputs)
});