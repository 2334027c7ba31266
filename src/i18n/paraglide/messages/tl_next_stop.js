/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tl_Next_StopInputs */

const en_tl_next_stop = /** @type {(inputs: Tl_Next_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Next stop`)
};

const ru_tl_next_stop = /** @type {(inputs: Tl_Next_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Следующая остановка`)
};

const kk_tl_next_stop = /** @type {(inputs: Tl_Next_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Келесі аялдама`)
};

/**
* | output |
* | --- |
* | "Next stop" |
*
* @param {Tl_Next_StopInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const tl_next_stop = /** @type {((inputs?: Tl_Next_StopInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tl_Next_StopInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_tl_next_stop(inputs)
	if (locale === "kk") return kk_tl_next_stop(inputs)
	return en_tl_next_stop(inputs)
});