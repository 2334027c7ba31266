/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_RegionInputs */

const en_kind_region = /** @type {(inputs: Kind_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`region`)
};

const ru_kind_region = /** @type {(inputs: Kind_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`регион`)
};

const kk_kind_region = /** @type {(inputs: Kind_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`өңір`)
};

/**
* | output |
* | --- |
* | "region" |
*
* @param {Kind_RegionInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const kind_region = /** @type {((inputs?: Kind_RegionInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_RegionInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_kind_region(inputs)
	if (locale === "kk") return kk_kind_region(inputs)
	return en_kind_region(inputs)
});