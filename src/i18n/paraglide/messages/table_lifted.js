/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Table_LiftedInputs */

const en_table_lifted = /** @type {(inputs: Table_LiftedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`"Red" lifted`)
};

const ru_table_lifted = /** @type {(inputs: Table_LiftedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`«Красный» снят`)
};

const kk_table_lifted = /** @type {(inputs: Table_LiftedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`«Қызыл» алынды`)
};

/**
* | output |
* | --- |
* | "\"Red\" lifted" |
*
* @param {Table_LiftedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const table_lifted = /** @type {((inputs?: Table_LiftedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Table_LiftedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_table_lifted(inputs)
	if (locale === "kk") return kk_table_lifted(inputs)
	return en_table_lifted(inputs)
});