/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Details_OblastInputs */

const en_details_oblast = /** @type {(inputs: Details_OblastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Region (oblast)`)
};

const ru_details_oblast = /** @type {(inputs: Details_OblastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Область`)
};

const kk_details_oblast = /** @type {(inputs: Details_OblastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Облыс`)
};

/**
* | output |
* | --- |
* | "Region (oblast)" |
*
* @param {Details_OblastInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const details_oblast = /** @type {((inputs?: Details_OblastInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Details_OblastInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_details_oblast(inputs)
	if (locale === "kk") return kk_details_oblast(inputs)
	return en_details_oblast(inputs)
});