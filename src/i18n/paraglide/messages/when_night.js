/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ start: NonNullable<unknown>, end: NonNullable<unknown> }} When_NightInputs */

const en_when_night = /** @type {(inputs: When_NightInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`night of ${i?.start} to ${i?.end}`)
};

const ru_when_night = /** @type {(inputs: When_NightInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ночь с ${i?.start} на ${i?.end}`)
};

const kk_when_night = /** @type {(inputs: When_NightInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.start} – ${i?.end} аралығындағы түн`)
};

/**
* | output |
* | --- |
* | "night of {start} to {end}" |
*
* @param {When_NightInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const when_night = /** @type {((inputs: When_NightInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<When_NightInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_when_night(inputs)
	if (locale === "kk") return kk_when_night(inputs)
	return en_when_night(inputs)
});