/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cell_RedInputs */

const en_cell_red = /** @type {(inputs: Cell_RedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`red`)
};

const ru_cell_red = /** @type {(inputs: Cell_RedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`красн.`)
};

const kk_cell_red = /** @type {(inputs: Cell_RedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`қызыл`)
};

/**
* | output |
* | --- |
* | "red" |
*
* @param {Cell_RedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const cell_red = /** @type {((inputs?: Cell_RedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cell_RedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_cell_red(inputs)
	if (locale === "kk") return kk_cell_red(inputs)
	return en_cell_red(inputs)
});