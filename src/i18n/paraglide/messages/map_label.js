/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Map_LabelInputs */

const en_map_label = /** @type {(inputs: Map_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Map of Kazakhstan's regions for the selected day`)
};

const ru_map_label = /** @type {(inputs: Map_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Карта регионов Казахстана за выбранный день`)
};

const kk_map_label = /** @type {(inputs: Map_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Таңдалған күнгі Қазақстан өңірлерінің картасы`)
};

/**
* | output |
* | --- |
* | "Map of Kazakhstan's regions for the selected day" |
*
* @param {Map_LabelInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const map_label = /** @type {((inputs?: Map_LabelInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_LabelInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_map_label(inputs)
	if (locale === "kk") return kk_map_label(inputs)
	return en_map_label(inputs)
});