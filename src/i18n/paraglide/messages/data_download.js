/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Data_DownloadInputs */

const en_data_download = /** @type {(inputs: Data_DownloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Download the data:`)
};

const ru_data_download = /** @type {(inputs: Data_DownloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Скачать данные:`)
};

const kk_data_download = /** @type {(inputs: Data_DownloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Деректерді жүктеу:`)
};

/**
* | output |
* | --- |
* | "Download the data:" |
*
* @param {Data_DownloadInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const data_download = /** @type {((inputs?: Data_DownloadInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Data_DownloadInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_data_download(inputs)
	if (locale === "kk") return kk_data_download(inputs)
	return en_data_download(inputs)
});