/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Csto_WithdrawingInputs */

const en_csto_withdrawing = /** @type {(inputs: Csto_WithdrawingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`CSTO troops withdrawing`)
};

const ru_csto_withdrawing = /** @type {(inputs: Csto_WithdrawingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Войска ОДКБ выводятся`)
};

const kk_csto_withdrawing = /** @type {(inputs: Csto_WithdrawingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ҰҚШҰ әскерлері шығарылуда`)
};

/**
* | output |
* | --- |
* | "CSTO troops withdrawing" |
*
* @param {Csto_WithdrawingInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const csto_withdrawing = /** @type {((inputs?: Csto_WithdrawingInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Csto_WithdrawingInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_csto_withdrawing(inputs)
	if (locale === "kk") return kk_csto_withdrawing(inputs)
	return en_csto_withdrawing(inputs)
});