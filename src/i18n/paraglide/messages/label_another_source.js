/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Label_Another_SourceInputs */

const en_label_another_source = /** @type {(inputs: Label_Another_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Another source:`)
};

const ru_label_another_source = /** @type {(inputs: Label_Another_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Другой источник:`)
};

const kk_label_another_source = /** @type {(inputs: Label_Another_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Басқа дереккөз:`)
};

/**
* | output |
* | --- |
* | "Another source:" |
*
* @param {Label_Another_SourceInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const label_another_source = /** @type {((inputs?: Label_Another_SourceInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Label_Another_SourceInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_label_another_source(inputs)
	if (locale === "kk") return kk_label_another_source(inputs)
	return en_label_another_source(inputs)
});