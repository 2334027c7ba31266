/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tl_Tick_KeyInputs */

const en_tl_tick_key = /** @type {(inputs: Tl_Tick_KeyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a day with events`)
};

const ru_tl_tick_key = /** @type {(inputs: Tl_Tick_KeyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`день с событиями`)
};

const kk_tl_tick_key = /** @type {(inputs: Tl_Tick_KeyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`оқиғалар болған күн`)
};

/**
* | output |
* | --- |
* | "a day with events" |
*
* @param {Tl_Tick_KeyInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const tl_tick_key = /** @type {((inputs?: Tl_Tick_KeyInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tl_Tick_KeyInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_tl_tick_key(inputs)
	if (locale === "kk") return kk_tl_tick_key(inputs)
	return en_tl_tick_key(inputs)
});