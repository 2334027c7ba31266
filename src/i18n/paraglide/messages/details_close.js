/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Details_CloseInputs */

const en_details_close = /** @type {(inputs: Details_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Close details`)
};

const ru_details_close = /** @type {(inputs: Details_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Закрыть подробности`)
};

const kk_details_close = /** @type {(inputs: Details_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Толығын жабу`)
};

/**
* | output |
* | --- |
* | "Close details" |
*
* @param {Details_CloseInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const details_close = /** @type {((inputs?: Details_CloseInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Details_CloseInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_details_close(inputs)
	if (locale === "kk") return kk_details_close(inputs)
	return en_details_close(inputs)
});