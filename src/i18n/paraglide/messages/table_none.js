/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Table_NoneInputs */

const en_table_none = /** @type {(inputs: Table_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none reported`)
};

const ru_table_none = /** @type {(inputs: Table_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`не сообщалось`)
};

const kk_table_none = /** @type {(inputs: Table_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`хабарланбаған`)
};

/**
* | output |
* | --- |
* | "none reported" |
*
* @param {Table_NoneInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const table_none = /** @type {((inputs?: Table_NoneInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Table_NoneInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_table_none(inputs)
	if (locale === "kk") return kk_table_none(inputs)
	return en_table_none(inputs)
});