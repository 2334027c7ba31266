/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_New_PlaceInputs */

const en_legend_new_place = /** @type {(inputs: Legend_New_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New on this day`)
};

const ru_legend_new_place = /** @type {(inputs: Legend_New_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Новое в этот день`)
};

const kk_legend_new_place = /** @type {(inputs: Legend_New_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Осы күні жаңа`)
};

/**
* | output |
* | --- |
* | "New on this day" |
*
* @param {Legend_New_PlaceInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const legend_new_place = /** @type {((inputs?: Legend_New_PlaceInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_New_PlaceInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_legend_new_place(inputs)
	if (locale === "kk") return kk_legend_new_place(inputs)
	return en_legend_new_place(inputs)
});