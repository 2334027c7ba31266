/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Label_Sources_NInputs */

const en_label_sources_n = /** @type {(inputs: Label_Sources_NInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sources (${i?.count})`)
};

const ru_label_sources_n = /** @type {(inputs: Label_Sources_NInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Источники (${i?.count})`)
};

const kk_label_sources_n = /** @type {(inputs: Label_Sources_NInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Дереккөздер (${i?.count})`)
};

/**
* | output |
* | --- |
* | "Sources ({count})" |
*
* @param {Label_Sources_NInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const label_sources_n = /** @type {((inputs: Label_Sources_NInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Label_Sources_NInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_label_sources_n(inputs)
	if (locale === "kk") return kk_label_sources_n(inputs)
	return en_label_sources_n(inputs)
});