/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ headline: NonNullable<unknown> }} Snap_NewInputs */

const en_snap_new = /** @type {(inputs: Snap_NewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`New: ${i?.headline}`)
};

const ru_snap_new = /** @type {(inputs: Snap_NewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Новое: ${i?.headline}`)
};

const kk_snap_new = /** @type {(inputs: Snap_NewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Жаңасы: ${i?.headline}`)
};

/**
* | output |
* | --- |
* | "New: {headline}" |
*
* @param {Snap_NewInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const snap_new = /** @type {((inputs: Snap_NewInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Snap_NewInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_snap_new(inputs)
	if (locale === "kk") return kk_snap_new(inputs)
	return en_snap_new(inputs)
});