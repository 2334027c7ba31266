/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Csto_WithdrawnInputs */

const en_csto_withdrawn = /** @type {(inputs: Csto_WithdrawnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`CSTO troops withdrawn`)
};

const ru_csto_withdrawn = /** @type {(inputs: Csto_WithdrawnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Войска ОДКБ выведены`)
};

const kk_csto_withdrawn = /** @type {(inputs: Csto_WithdrawnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ҰҚШҰ әскерлері шығарылды`)
};

/**
* | output |
* | --- |
* | "CSTO troops withdrawn" |
*
* @param {Csto_WithdrawnInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const csto_withdrawn = /** @type {((inputs?: Csto_WithdrawnInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Csto_WithdrawnInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_csto_withdrawn(inputs)
	if (locale === "kk") return kk_csto_withdrawn(inputs)
	return en_csto_withdrawn(inputs)
});