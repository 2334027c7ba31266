/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Credits_SourcesInputs */

const en_credits_sources = /** @type {(inputs: Credits_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sources`)
};

const ru_credits_sources = /** @type {(inputs: Credits_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`источники`)
};

const kk_credits_sources = /** @type {(inputs: Credits_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`дереккөздер`)
};

/**
* | output |
* | --- |
* | "sources" |
*
* @param {Credits_SourcesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const credits_sources = /** @type {((inputs?: Credits_SourcesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Credits_SourcesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_credits_sources(inputs)
	if (locale === "kk") return kk_credits_sources(inputs)
	return en_credits_sources(inputs)
});