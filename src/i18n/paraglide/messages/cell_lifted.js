/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cell_LiftedInputs */

const en_cell_lifted = /** @type {(inputs: Cell_LiftedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lifted`)
};

const ru_cell_lifted = /** @type {(inputs: Cell_LiftedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`снят`)
};

const kk_cell_lifted = /** @type {(inputs: Cell_LiftedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`алынды`)
};

/**
* | output |
* | --- |
* | "lifted" |
*
* @param {Cell_LiftedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const cell_lifted = /** @type {((inputs?: Cell_LiftedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cell_LiftedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_cell_lifted(inputs)
	if (locale === "kk") return kk_cell_lifted(inputs)
	return en_cell_lifted(inputs)
});