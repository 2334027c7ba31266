/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_PoliticalInputs */

const en_activity_political = /** @type {(inputs: Activity_PoliticalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Politics`)
};

const ru_activity_political = /** @type {(inputs: Activity_PoliticalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Политика`)
};

const kk_activity_political = /** @type {(inputs: Activity_PoliticalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Саясат`)
};

/**
* | output |
* | --- |
* | "Politics" |
*
* @param {Activity_PoliticalInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const activity_political = /** @type {((inputs?: Activity_PoliticalInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_PoliticalInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_activity_political(inputs)
	if (locale === "kk") return kk_activity_political(inputs)
	return en_activity_political(inputs)
});