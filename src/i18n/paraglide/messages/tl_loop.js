/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tl_LoopInputs */

const en_tl_loop = /** @type {(inputs: Tl_LoopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loop`)
};

const ru_tl_loop = /** @type {(inputs: Tl_LoopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Повтор`)
};

const kk_tl_loop = /** @type {(inputs: Tl_LoopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қайталау`)
};

/**
* | output |
* | --- |
* | "Loop" |
*
* @param {Tl_LoopInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const tl_loop = /** @type {((inputs?: Tl_LoopInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tl_LoopInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_tl_loop(inputs)
	if (locale === "kk") return kk_tl_loop(inputs)
	return en_tl_loop(inputs)
});