/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Changes_FirstInputs */

const en_changes_first = /** @type {(inputs: Changes_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Where it begins`)
};

const ru_changes_first = /** @type {(inputs: Changes_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`С чего всё началось`)
};

const kk_changes_first = /** @type {(inputs: Changes_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бәрі қалай басталды`)
};

/**
* | output |
* | --- |
* | "Where it begins" |
*
* @param {Changes_FirstInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const changes_first = /** @type {((inputs?: Changes_FirstInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Changes_FirstInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_changes_first(inputs)
	if (locale === "kk") return kk_changes_first(inputs)
	return en_changes_first(inputs)
});