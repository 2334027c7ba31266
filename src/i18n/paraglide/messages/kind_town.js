/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_TownInputs */

const en_kind_town = /** @type {(inputs: Kind_TownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`town`)
};

const ru_kind_town = /** @type {(inputs: Kind_TownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`город`)
};

const kk_kind_town = /** @type {(inputs: Kind_TownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`қала`)
};

/**
* | output |
* | --- |
* | "town" |
*
* @param {Kind_TownInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const kind_town = /** @type {((inputs?: Kind_TownInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_TownInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_kind_town(inputs)
	if (locale === "kk") return kk_kind_town(inputs)
	return en_kind_town(inputs)
});