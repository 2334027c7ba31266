/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Data_Regions_CsvInputs */

const en_data_regions_csv = /** @type {(inputs: Data_Regions_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every region on every day, CSV`)
};

const ru_data_regions_csv = /** @type {(inputs: Data_Regions_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Все регионы за все дни, CSV`)
};

const kk_data_regions_csv = /** @type {(inputs: Data_Regions_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Барлық өңірлер барлық күндер бойынша, CSV`)
};

/**
* | output |
* | --- |
* | "Every region on every day, CSV" |
*
* @param {Data_Regions_CsvInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const data_regions_csv = /** @type {((inputs?: Data_Regions_CsvInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_Regions_CsvInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_data_regions_csv(inputs)
	if (locale === "kk") return kk_data_regions_csv(inputs)
	return en_data_regions_csv(inputs)
});