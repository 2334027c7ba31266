/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Undated_FiguresInputs */

const en_undated_figures = /** @type {(inputs: Undated_FiguresInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Undated figures (${i?.count}): not placed on any day`)
};

const ru_undated_figures = /** @type {(inputs: Undated_FiguresInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Цифры без даты (${i?.count}): не отнесены ни к одному дню`)
};

const kk_undated_figures = /** @type {(inputs: Undated_FiguresInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Күні жоқ сандар (${i?.count}): ешбір күнге қойылмаған`)
};

/**
* | output |
* | --- |
* | "Undated figures ({count}): not placed on any day" |
*
* @param {Undated_FiguresInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const undated_figures = /** @type {((inputs: Undated_FiguresInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Undated_FiguresInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_undated_figures(inputs)
	if (locale === "kk") return kk_undated_figures(inputs)
	return en_undated_figures(inputs)
});