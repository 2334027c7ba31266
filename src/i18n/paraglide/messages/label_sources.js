/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Label_SourcesInputs */

const en_label_sources = /** @type {(inputs: Label_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sources`)
};

const ru_label_sources = /** @type {(inputs: Label_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Источники`)
};

const kk_label_sources = /** @type {(inputs: Label_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Дереккөздер`)
};

/**
* | output |
* | --- |
* | "Sources" |
*
* @param {Label_SourcesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const label_sources = /** @type {((inputs?: Label_SourcesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Label_SourcesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_label_sources(inputs)
	if (locale === "kk") return kk_label_sources(inputs)
	return en_label_sources(inputs)
});