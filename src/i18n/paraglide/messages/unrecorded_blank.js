/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Unrecorded_BlankInputs */

const en_unrecorded_blank = /** @type {(inputs: Unrecorded_BlankInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The regions are left blank rather than carried further.`)
};

const ru_unrecorded_blank = /** @type {(inputs: Unrecorded_BlankInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Регионы оставлены пустыми, а не продлены дальше.`)
};

const kk_unrecorded_blank = /** @type {(inputs: Unrecorded_BlankInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Өңірлер әрі қарай созылмай, бос қалдырылған.`)
};

/**
* | output |
* | --- |
* | "The regions are left blank rather than carried further." |
*
* @param {Unrecorded_BlankInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const unrecorded_blank = /** @type {((inputs?: Unrecorded_BlankInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Unrecorded_BlankInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_unrecorded_blank(inputs)
	if (locale === "kk") return kk_unrecorded_blank(inputs)
	return en_unrecorded_blank(inputs)
});