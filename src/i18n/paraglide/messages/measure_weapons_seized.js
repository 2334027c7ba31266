/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Measure_Weapons_SeizedInputs */

const en_measure_weapons_seized = /** @type {(inputs: Measure_Weapons_SeizedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weapons seized`)
};

const ru_measure_weapons_seized = /** @type {(inputs: Measure_Weapons_SeizedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Изъято оружия`)
};

const kk_measure_weapons_seized = /** @type {(inputs: Measure_Weapons_SeizedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Тәркіленген қару`)
};

/**
* | output |
* | --- |
* | "Weapons seized" |
*
* @param {Measure_Weapons_SeizedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const measure_weapons_seized = /** @type {((inputs?: Measure_Weapons_SeizedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Measure_Weapons_SeizedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_measure_weapons_seized(inputs)
	if (locale === "kk") return kk_measure_weapons_seized(inputs)
	return en_measure_weapons_seized(inputs)
});