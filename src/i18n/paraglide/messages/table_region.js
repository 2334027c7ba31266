/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Table_RegionInputs */

const en_table_region = /** @type {(inputs: Table_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Region`)
};

const ru_table_region = /** @type {(inputs: Table_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Регион`)
};

const kk_table_region = /** @type {(inputs: Table_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Өңір`)
};

/**
* | output |
* | --- |
* | "Region" |
*
* @param {Table_RegionInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const table_region = /** @type {((inputs?: Table_RegionInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Table_RegionInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_table_region(inputs)
	if (locale === "kk") return kk_table_region(inputs)
	return en_table_region(inputs)
});