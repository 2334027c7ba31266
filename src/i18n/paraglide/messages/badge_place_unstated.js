/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Badge_Place_UnstatedInputs */

const en_badge_place_unstated = /** @type {(inputs: Badge_Place_UnstatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`place not stated`)
};

const ru_badge_place_unstated = /** @type {(inputs: Badge_Place_UnstatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`место не указано`)
};

const kk_badge_place_unstated = /** @type {(inputs: Badge_Place_UnstatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`орны көрсетілмеген`)
};

/**
* | output |
* | --- |
* | "place not stated" |
*
* @param {Badge_Place_UnstatedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const badge_place_unstated = /** @type {((inputs?: Badge_Place_UnstatedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Badge_Place_UnstatedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_badge_place_unstated(inputs)
	if (locale === "kk") return kk_badge_place_unstated(inputs)
	return en_badge_place_unstated(inputs)
});