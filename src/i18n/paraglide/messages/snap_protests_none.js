/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Snap_Protests_NoneInputs */

const en_snap_protests_none = /** @type {(inputs: Snap_Protests_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none reported`)
};

const ru_snap_protests_none = /** @type {(inputs: Snap_Protests_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`не сообщалось`)
};

const kk_snap_protests_none = /** @type {(inputs: Snap_Protests_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`хабарланбаған`)
};

/**
* | output |
* | --- |
* | "none reported" |
*
* @param {Snap_Protests_NoneInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const snap_protests_none = /** @type {((inputs?: Snap_Protests_NoneInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Snap_Protests_NoneInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_snap_protests_none(inputs)
	if (locale === "kk") return kk_snap_protests_none(inputs)
	return en_snap_protests_none(inputs)
});