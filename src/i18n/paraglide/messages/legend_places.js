/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_PlacesInputs */

const en_legend_places = /** @type {(inputs: Legend_PlacesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Places`)
};

const ru_legend_places = /** @type {(inputs: Legend_PlacesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Места`)
};

const kk_legend_places = /** @type {(inputs: Legend_PlacesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Орындар`)
};

/**
* | output |
* | --- |
* | "Places" |
*
* @param {Legend_PlacesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const legend_places = /** @type {((inputs?: Legend_PlacesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_PlacesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_legend_places(inputs)
	if (locale === "kk") return kk_legend_places(inputs)
	return en_legend_places(inputs)
});