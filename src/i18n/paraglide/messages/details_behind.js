/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Details_BehindInputs */

const en_details_behind = /** @type {(inputs: Details_BehindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Behind these statuses`)
};

const ru_details_behind = /** @type {(inputs: Details_BehindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Откуда эти статусы`)
};

const kk_details_behind = /** @type {(inputs: Details_BehindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бұл мәртебелердің негізі`)
};

/**
* | output |
* | --- |
* | "Behind these statuses" |
*
* @param {Details_BehindInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const details_behind = /** @type {((inputs?: Details_BehindInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Details_BehindInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_details_behind(inputs)
	if (locale === "kk") return kk_details_behind(inputs)
	return en_details_behind(inputs)
});