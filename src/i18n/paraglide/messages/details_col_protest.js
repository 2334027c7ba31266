/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Details_Col_ProtestInputs */

const en_details_col_protest = /** @type {(inputs: Details_Col_ProtestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Protest`)
};

const ru_details_col_protest = /** @type {(inputs: Details_Col_ProtestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Протест`)
};

const kk_details_col_protest = /** @type {(inputs: Details_Col_ProtestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Наразылық`)
};

/**
* | output |
* | --- |
* | "Protest" |
*
* @param {Details_Col_ProtestInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const details_col_protest = /** @type {((inputs?: Details_Col_ProtestInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Details_Col_ProtestInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_details_col_protest(inputs)
	if (locale === "kk") return kk_details_col_protest(inputs)
	return en_details_col_protest(inputs)
});