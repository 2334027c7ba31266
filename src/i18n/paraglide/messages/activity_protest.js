/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_ProtestInputs */

const en_activity_protest = /** @type {(inputs: Activity_ProtestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Protests`)
};

const ru_activity_protest = /** @type {(inputs: Activity_ProtestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Протесты`)
};

const kk_activity_protest = /** @type {(inputs: Activity_ProtestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Наразылықтар`)
};

/**
* | output |
* | --- |
* | "Protests" |
*
* @param {Activity_ProtestInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const activity_protest = /** @type {((inputs?: Activity_ProtestInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_ProtestInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_activity_protest(inputs)
	if (locale === "kk") return kk_activity_protest(inputs)
	return en_activity_protest(inputs)
});