/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Label_SourceInputs */

const en_label_source = /** @type {(inputs: Label_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`source`)
};

const ru_label_source = /** @type {(inputs: Label_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`источник`)
};

const kk_label_source = /** @type {(inputs: Label_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`дереккөз`)
};

/**
* | output |
* | --- |
* | "source" |
*
* @param {Label_SourceInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const label_source = /** @type {((inputs?: Label_SourceInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Label_SourceInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_label_source(inputs)
	if (locale === "kk") return kk_label_source(inputs)
	return en_label_source(inputs)
});