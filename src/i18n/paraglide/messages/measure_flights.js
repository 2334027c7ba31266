/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Measure_FlightsInputs */

const en_measure_flights = /** @type {(inputs: Measure_FlightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Flights`)
};

const ru_measure_flights = /** @type {(inputs: Measure_FlightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Рейсы`)
};

const kk_measure_flights = /** @type {(inputs: Measure_FlightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Рейстер`)
};

/**
* | output |
* | --- |
* | "Flights" |
*
* @param {Measure_FlightsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const measure_flights = /** @type {((inputs?: Measure_FlightsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Measure_FlightsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_measure_flights(inputs)
	if (locale === "kk") return kk_measure_flights(inputs)
	return en_measure_flights(inputs)
});