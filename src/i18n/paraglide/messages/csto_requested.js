/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Csto_RequestedInputs */

const en_csto_requested = /** @type {(inputs: Csto_RequestedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`CSTO help requested`)
};

const ru_csto_requested = /** @type {(inputs: Csto_RequestedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Запрошена помощь ОДКБ`)
};

const kk_csto_requested = /** @type {(inputs: Csto_RequestedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ҰҚШҰ-дан көмек сұралды`)
};

/**
* | output |
* | --- |
* | "CSTO help requested" |
*
* @param {Csto_RequestedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const csto_requested = /** @type {((inputs?: Csto_RequestedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Csto_RequestedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_csto_requested(inputs)
	if (locale === "kk") return kk_csto_requested(inputs)
	return en_csto_requested(inputs)
});