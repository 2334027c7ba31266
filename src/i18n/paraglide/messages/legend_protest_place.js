/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_Protest_PlaceInputs */

const en_legend_protest_place = /** @type {(inputs: Legend_Protest_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Protests`)
};

const ru_legend_protest_place = /** @type {(inputs: Legend_Protest_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Протесты`)
};

const kk_legend_protest_place = /** @type {(inputs: Legend_Protest_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Наразылықтар`)
};

/**
* | output |
* | --- |
* | "Protests" |
*
* @param {Legend_Protest_PlaceInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const legend_protest_place = /** @type {((inputs?: Legend_Protest_PlaceInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_Protest_PlaceInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_legend_protest_place(inputs)
	if (locale === "kk") return kk_legend_protest_place(inputs)
	return en_legend_protest_place(inputs)
});