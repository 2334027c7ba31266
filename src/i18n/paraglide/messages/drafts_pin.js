/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Drafts_PinInputs */

const en_drafts_pin = /** @type {(inputs: Drafts_PinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`draft`)
};

const ru_drafts_pin = /** @type {(inputs: Drafts_PinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`черновик`)
};

const kk_drafts_pin = /** @type {(inputs: Drafts_PinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`жоба`)
};

/**
* | output |
* | --- |
* | "draft" |
*
* @param {Drafts_PinInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const drafts_pin = /** @type {((inputs?: Drafts_PinInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Drafts_PinInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_drafts_pin(inputs)
	if (locale === "kk") return kk_drafts_pin(inputs)
	return en_drafts_pin(inputs)
});