/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Panel_TableInputs */

const en_panel_table = /** @type {(inputs: Panel_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Table of all 17 regions`)
};

const ru_panel_table = /** @type {(inputs: Panel_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Таблица всех 17 регионов`)
};

const kk_panel_table = /** @type {(inputs: Panel_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Барлық 17 өңірдің кестесі`)
};

/**
* | output |
* | --- |
* | "Table of all 17 regions" |
*
* @param {Panel_TableInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const panel_table = /** @type {((inputs?: Panel_TableInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Panel_TableInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_panel_table(inputs)
	if (locale === "kk") return kk_panel_table(inputs)
	return en_panel_table(inputs)
});