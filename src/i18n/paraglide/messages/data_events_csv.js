/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Data_Events_CsvInputs */

const en_data_events_csv = /** @type {(inputs: Data_Events_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All events, CSV with coordinates`)
};

const ru_data_events_csv = /** @type {(inputs: Data_Events_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Все события, CSV с координатами`)
};

const kk_data_events_csv = /** @type {(inputs: Data_Events_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Барлық оқиғалар, координаттары бар CSV`)
};

/**
* | output |
* | --- |
* | "All events, CSV with coordinates" |
*
* @param {Data_Events_CsvInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const data_events_csv = /** @type {((inputs?: Data_Events_CsvInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Events_CsvInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_data_events_csv(inputs)
	if (locale === "kk") return kk_data_events_csv(inputs)
	return en_data_events_csv(inputs)
});