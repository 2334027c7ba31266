/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ day: NonNullable<unknown> }} When_ByInputs */

const en_when_by = /** @type {(inputs: When_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`by ${i?.day}`)
};

const ru_when_by = /** @type {(inputs: When_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`не позднее ${i?.day}`)
};

const kk_when_by = /** @type {(inputs: When_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ең кеші — ${i?.day}`)
};

/**
* | output |
* | --- |
* | "by {day}" |
*
* @param {When_ByInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const when_by = /** @type {((inputs: When_ByInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<When_ByInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_when_by(inputs)
	if (locale === "kk") return kk_when_by(inputs)
	return en_when_by(inputs)
});