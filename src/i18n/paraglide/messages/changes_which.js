/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ list: NonNullable<unknown> }} Changes_WhichInputs */

const en_changes_which = /** @type {(inputs: Changes_WhichInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Which: ${i?.list}`)
};

const ru_changes_which = /** @type {(inputs: Changes_WhichInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Какие: ${i?.list}`)
};

const kk_changes_which = /** @type {(inputs: Changes_WhichInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Қайсылары: ${i?.list}`)
};

/**
* | output |
* | --- |
* | "Which: {list}" |
*
* @param {Changes_WhichInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const changes_which = /** @type {((inputs: Changes_WhichInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Changes_WhichInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_changes_which(inputs)
	if (locale === "kk") return kk_changes_which(inputs)
	return en_changes_which(inputs)
});