/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sources_DifferInputs */

const en_sources_differ = /** @type {(inputs: Sources_DifferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sources differ`)
};

const ru_sources_differ = /** @type {(inputs: Sources_DifferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`источники расходятся`)
};

const kk_sources_differ = /** @type {(inputs: Sources_DifferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`дереккөздер әртүрлі`)
};

/**
* | output |
* | --- |
* | "sources differ" |
*
* @param {Sources_DifferInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const sources_differ = /** @type {((inputs?: Sources_DifferInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sources_DifferInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_sources_differ(inputs)
	if (locale === "kk") return kk_sources_differ(inputs)
	return en_sources_differ(inputs)
});