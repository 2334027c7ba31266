/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cell_NoneInputs */

const en_cell_none = /** @type {(inputs: Cell_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none`)
};

const ru_cell_none = /** @type {(inputs: Cell_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`нет`)
};

const kk_cell_none = /** @type {(inputs: Cell_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`жоқ`)
};

/**
* | output |
* | --- |
* | "none" |
*
* @param {Cell_NoneInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const cell_none = /** @type {((inputs?: Cell_NoneInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cell_NoneInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_cell_none(inputs)
	if (locale === "kk") return kk_cell_none(inputs)
	return en_cell_none(inputs)
});