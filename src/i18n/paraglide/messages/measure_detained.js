/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Measure_DetainedInputs */

const en_measure_detained = /** @type {(inputs: Measure_DetainedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Detained`)
};

const ru_measure_detained = /** @type {(inputs: Measure_DetainedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Задержаны`)
};

const kk_measure_detained = /** @type {(inputs: Measure_DetainedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ұсталғандар`)
};

/**
* | output |
* | --- |
* | "Detained" |
*
* @param {Measure_DetainedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const measure_detained = /** @type {((inputs?: Measure_DetainedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Measure_DetainedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_measure_detained(inputs)
	if (locale === "kk") return kk_measure_detained(inputs)
	return en_measure_detained(inputs)
});