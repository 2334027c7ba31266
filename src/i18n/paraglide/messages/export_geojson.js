/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_GeojsonInputs */

const en_export_geojson = /** @type {(inputs: Export_GeojsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`GeoJSON of this day's state`)
};

const ru_export_geojson = /** @type {(inputs: Export_GeojsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`GeoJSON состояния этого дня`)
};

const kk_export_geojson = /** @type {(inputs: Export_GeojsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Осы күн жағдайының GeoJSON файлы`)
};

/**
* | output |
* | --- |
* | "GeoJSON of this day's state" |
*
* @param {Export_GeojsonInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_geojson = /** @type {((inputs?: Export_GeojsonInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_GeojsonInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_geojson(inputs)
	if (locale === "kk") return kk_export_geojson(inputs)
	return en_export_geojson(inputs)
});