/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Table_ProtestsInputs */

const en_table_protests = /** @type {(inputs: Table_ProtestsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Protests`)
};

const ru_table_protests = /** @type {(inputs: Table_ProtestsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Протесты`)
};

const kk_table_protests = /** @type {(inputs: Table_ProtestsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Наразылықтар`)
};

/**
* | output |
* | --- |
* | "Protests" |
*
* @param {Table_ProtestsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const table_protests = /** @type {((inputs?: Table_ProtestsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Table_ProtestsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_table_protests(inputs)
	if (locale === "kk") return kk_table_protests(inputs)
	return en_table_protests(inputs)
});