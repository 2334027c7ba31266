/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Measure_Vehicles_DamagedInputs */

const en_measure_vehicles_damaged = /** @type {(inputs: Measure_Vehicles_DamagedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vehicles damaged`)
};

const ru_measure_vehicles_damaged = /** @type {(inputs: Measure_Vehicles_DamagedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Повреждённые машины`)
};

const kk_measure_vehicles_damaged = /** @type {(inputs: Measure_Vehicles_DamagedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зақымдалған көліктер`)
};

/**
* | output |
* | --- |
* | "Vehicles damaged" |
*
* @param {Measure_Vehicles_DamagedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const measure_vehicles_damaged = /** @type {((inputs?: Measure_Vehicles_DamagedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Measure_Vehicles_DamagedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_measure_vehicles_damaged(inputs)
	if (locale === "kk") return kk_measure_vehicles_damaged(inputs)
	return en_measure_vehicles_damaged(inputs)
});