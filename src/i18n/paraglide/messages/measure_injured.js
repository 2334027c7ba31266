/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Measure_InjuredInputs */

const en_measure_injured = /** @type {(inputs: Measure_InjuredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Injured`)
};

const ru_measure_injured = /** @type {(inputs: Measure_InjuredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ранены`)
};

const kk_measure_injured = /** @type {(inputs: Measure_InjuredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жараланғандар`)
};

/**
* | output |
* | --- |
* | "Injured" |
*
* @param {Measure_InjuredInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const measure_injured = /** @type {((inputs?: Measure_InjuredInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Measure_InjuredInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_measure_injured(inputs)
	if (locale === "kk") return kk_measure_injured(inputs)
	return en_measure_injured(inputs)
});