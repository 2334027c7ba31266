/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} All_RegionsInputs */

const en_all_regions = /** @type {(inputs: All_RegionsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`all ${i?.count} regions`)
};

const ru_all_regions = /** @type {(inputs: All_RegionsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`все ${i?.count} регионов`)
};

const kk_all_regions = /** @type {(inputs: All_RegionsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`барлық ${i?.count} өңір`)
};

/**
* | output |
* | --- |
* | "all {count} regions" |
*
* @param {All_RegionsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const all_regions = /** @type {((inputs: All_RegionsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<All_RegionsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_all_regions(inputs)
	if (locale === "kk") return kk_all_regions(inputs)
	return en_all_regions(inputs)
});