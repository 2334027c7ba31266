/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tl_Previous_StopInputs */

const en_tl_previous_stop = /** @type {(inputs: Tl_Previous_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Previous stop`)
};

const ru_tl_previous_stop = /** @type {(inputs: Tl_Previous_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Предыдущая остановка`)
};

const kk_tl_previous_stop = /** @type {(inputs: Tl_Previous_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Алдыңғы аялдама`)
};

/**
* | output |
* | --- |
* | "Previous stop" |
*
* @param {Tl_Previous_StopInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const tl_previous_stop = /** @type {((inputs?: Tl_Previous_StopInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tl_Previous_StopInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_tl_previous_stop(inputs)
	if (locale === "kk") return kk_tl_previous_stop(inputs)
	return en_tl_previous_stop(inputs)
});