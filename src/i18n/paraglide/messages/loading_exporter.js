/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Loading_ExporterInputs */

const en_loading_exporter = /** @type {(inputs: Loading_ExporterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loading the exporter…`)
};

const ru_loading_exporter = /** @type {(inputs: Loading_ExporterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Загрузка экспорта…`)
};

const kk_loading_exporter = /** @type {(inputs: Loading_ExporterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Экспорт жүктелуде…`)
};

/**
* | output |
* | --- |
* | "Loading the exporter…" |
*
* @param {Loading_ExporterInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const loading_exporter = /** @type {((inputs?: Loading_ExporterInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Loading_ExporterInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_loading_exporter(inputs)
	if (locale === "kk") return kk_loading_exporter(inputs)
	return en_loading_exporter(inputs)
});