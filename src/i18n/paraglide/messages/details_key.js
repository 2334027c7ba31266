/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Details_KeyInputs */

const en_details_key = /** @type {(inputs: Details_KeyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pale, italic, with a dashed border: inferred, not reported for that day.`)
};

const ru_details_key = /** @type {(inputs: Details_KeyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бледно, курсивом, с пунктирной рамкой: вывод, а не сообщение за этот день.`)
};

const kk_details_key = /** @type {(inputs: Details_KeyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бозғылт, көлбеу, үзік жиекпен: сол күнге хабарланбаған, тұжырым.`)
};

/**
* | output |
* | --- |
* | "Pale, italic, with a dashed border: inferred, not reported for that day." |
*
* @param {Details_KeyInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const details_key = /** @type {((inputs?: Details_KeyInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Details_KeyInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_details_key(inputs)
	if (locale === "kk") return kk_details_key(inputs)
	return en_details_key(inputs)
});