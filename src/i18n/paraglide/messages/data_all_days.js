/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Data_All_DaysInputs */

const en_data_all_days = /** @type {(inputs: Data_All_DaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every day, GeoJSON with a time field`)
};

const ru_data_all_days = /** @type {(inputs: Data_All_DaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Все дни, GeoJSON с полем времени`)
};

const kk_data_all_days = /** @type {(inputs: Data_All_DaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Барлық күндер, уақыт өрісі бар GeoJSON`)
};

/**
* | output |
* | --- |
* | "Every day, GeoJSON with a time field" |
*
* @param {Data_All_DaysInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const data_all_days = /** @type {((inputs?: Data_All_DaysInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_All_DaysInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_data_all_days(inputs)
	if (locale === "kk") return kk_data_all_days(inputs)
	return en_data_all_days(inputs)
});