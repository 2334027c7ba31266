/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ day: NonNullable<unknown> }} Changes_SinceInputs */

const en_changes_since = /** @type {(inputs: Changes_SinceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`New since ${i?.day}`)
};

const ru_changes_since = /** @type {(inputs: Changes_SinceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Нового с ${i?.day}`)
};

const kk_changes_since = /** @type {(inputs: Changes_SinceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Жаңасы (алдыңғы күн: ${i?.day})`)
};

/**
* | output |
* | --- |
* | "New since {day}" |
*
* @param {Changes_SinceInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const changes_since = /** @type {((inputs: Changes_SinceInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Changes_SinceInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_changes_since(inputs)
	if (locale === "kk") return kk_changes_since(inputs)
	return en_changes_since(inputs)
});