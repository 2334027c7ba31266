/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} What_ProtestInputs */

const en_what_protest = /** @type {(inputs: What_ProtestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Protests`)
};

const ru_what_protest = /** @type {(inputs: What_ProtestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Протесты`)
};

const kk_what_protest = /** @type {(inputs: What_ProtestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Наразылықтар`)
};

/**
* | output |
* | --- |
* | "Protests" |
*
* @param {What_ProtestInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const what_protest = /** @type {((inputs?: What_ProtestInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<What_ProtestInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_what_protest(inputs)
	if (locale === "kk") return kk_what_protest(inputs)
	return en_what_protest(inputs)
});